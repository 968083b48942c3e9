import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Release } from '../../src/release/model.js';
import { parseRelease } from '../../src/release/parse.js';

const SEED = 'american-locker-2004-05.txt';
const text = readFileSync(new URL(`../../content/${SEED}`, import.meta.url), 'utf8');

const expected: Release = {
  exhibit: { line: 1, text: 'Exhibit 99.1' },
  banners: [{ line: 3, text: 'PRESS RELEASE' }],
  slugLine: { line: 10, text: '(BW) (NY-AMERICAN-LOCKER-GROUP) (NASDAQ:ALGI)' },
  headline: { line: 10, text: 'AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION' },
  subheadline: null,
  deskLine: { line: 13, text: 'BUSINESS EDITOR' },
  issued: null,
  dateline: { line: 15, text: 'JAMESTOWN, NY-(BUSINESS WIRE) October 13, 2004', city: 'JAMESTOWN', dateText: 'October 13, 2004' },
  preamble: [],
  date: '2004-10-13',
  company: 'American Locker Group Incorporated',
  wire: 'Business Wire',
  ticker: { exchange: 'NASDAQ', symbol: 'ALGI' },
  releaseNumber: '2004-05',
  contactBlocks: [
    {
      line: 5,
      lines: ['For further information contact: Edward F. Ruttenberg', 'Phone: (412) 422-2377', 'Fax: (412) 422-2378', 'Release No: 2004-05'],
      contacts: [{ name: 'Edward F. Ruttenberg', organization: null, phone: '(412) 422-2377', fax: '(412) 422-2378', email: null }],
    },
  ],
  body: [
    {
      type: 'paragraph',
      line: 15,
      text: 'JAMESTOWN, NY-(BUSINESS WIRE) October 13, 2004 American Locker Group Incorporated announced that its current contracts with the United States Postal Service (USPS) have been extended through February 28, 2005.',
    },
    {
      type: 'paragraph',
      line: 19,
      text: 'On October 8, 2004 the Company and the USPS agreed to contract modifications that extend the current contracts for both polycarbonate and aluminum Cluster Box Units (CBUs) through February 28, 2005 and also lowered prices on all styles of CBU by approximately one percent (1%). All other terms and conditions of the contracts remain unchanged.',
    },
  ],
  safeHarbor: {
    line: 27,
    heading: 'Safe Harbor Statement under the Private Securities Litigation Reform Act Of 1995',
    body: [
      {
        type: 'paragraph',
        line: 29,
        text: "Except for historical information contained in this press release, the matters discussed herein which contain forward-looking statements, including without limitation, statements relating to the Company's plans, strategies, objectives, expectations, intentions and adequacy of resources, are made pursuant to the Safe Harbor Provisions of the Private Securities Litigation Reform Act of 1995. Investors are cautioned that such forward-looking statements involve risks and uncertainties including without limitation the following: (i) the Company's plans, strategies, objectives, expectations, and intentions are subject to change at any time at the discretion of the Company, (ii) the Company's plans and results of operations will be affected by the Company's ability to manage its growth and inventory, (iii) the risk that the Company's contracts with the USPS will not be renewed, and (iv) other risks and uncertainties indicated from time to time in the Company's filings with the Securities and Exchange Commission.",
      },
    ],
  },
  trailer: [{ type: 'marker', line: 45, text: '#####' }],
  warnings: [],
};

describe(`the seed release, ${SEED}`, () => {
  it('reads into the whole expected model', () => {
    expect(parseRelease(text, SEED)).toEqual(expected);
  });
});
