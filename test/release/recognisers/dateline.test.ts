import { describe, expect, it } from 'vitest';
import { matchDateline } from '../../../src/release/recognisers/dateline.js';

describe('matchDateline', () => {
  it.each([
    ['JAMESTOWN, NY-(BUSINESS WIRE) October 13, 2004 American Locker Group Incorporated announced',
      'JAMESTOWN, NY-(BUSINESS WIRE) October 13, 2004', 'JAMESTOWN', 'October 13, 2004', 'Business Wire'],
    ['CUPERTINO, California -- September 3, 1999 -- Apple today announced',
      'CUPERTINO, California -- September 3, 1999 --', 'CUPERTINO', 'September 3, 1999', null],
    ['San Jose, CA (August 10, 1995) -- Cisco Systems Inc. today announced',
      'San Jose, CA (August 10, 1995) --', 'San Jose', 'August 10, 1995', null],
    ['ATLANTA - Southern Company today reported', 'ATLANTA -', 'ATLANTA', null, null],
    ['NEW YORK, Jan. 25 /PRNewswire-FirstCall/ -- Acme Corp. (NYSE: ACM) today said',
      'NEW YORK, Jan. 25 /PRNewswire-FirstCall/ --', 'NEW YORK', 'Jan. 25', 'PR Newswire'],
    ['SAN FRANCISCO--(BUSINESS WIRE)--Jan. 25, 2005--Acme Inc. today',
      'SAN FRANCISCO--(BUSINESS WIRE)--Jan. 25, 2005--', 'SAN FRANCISCO', 'Jan. 25, 2005', 'Business Wire'],
    ['TORONTO, Ontario, March 3, 2010 (GLOBE NEWSWIRE) -- Acme Ltd. announced',
      'TORONTO, Ontario, March 3, 2010 (GLOBE NEWSWIRE) --', 'TORONTO', 'March 3, 2010', 'GlobeNewswire'],
    ['Redmond, Wash. — Nov. 2, 2021 — Microsoft today', 'Redmond, Wash. — Nov. 2, 2021 —', 'Redmond', 'Nov. 2, 2021', null],
    ['ST. LOUIS, Mo., May 5, 2003 - Acme reported', 'ST. LOUIS, Mo., May 5, 2003 -', 'ST. LOUIS', 'May 5, 2003', null],
  ])('reads %s', (paragraph, text, city, dateText, wire) => {
    expect(matchDateline(paragraph)).toEqual({ text, city, dateText, wire });
  });

  it.each([
    'Apple today announced it has reached a settlement.',
    'Under the settlement, Apple\'s Board of Directors will take certain actions.',
    'About Apple Computer',
    'Revenues for the fourth quarter were $2.72 billion.',
    'On October 8, 2004 the Company and the USPS agreed to contract modifications.',
    'Southern Company - the premier energy company.',
  ])('finds no dateline in %s', (paragraph) => {
    expect(matchDateline(paragraph)).toBeNull();
  });
});
