import { describe, expect, it } from 'vitest';
import { exchangeTicker, findTicker } from '../../../src/release/recognisers/tickers.js';

describe('findTicker', () => {
  it.each([
    ['Java Centrale, Inc. (OTC BB: JAVA) announced', 'OTC BB', 'JAVA'],
    ['the company (OTCBB:ABCD) said', 'OTCBB', 'ABCD'],
    ['Roadhouse Grill, Inc. (NASDAQ/NMS:ROAC) today', 'NASDAQ/NMS', 'ROAC'],
    ['Pericom Semiconductor Corporation (Nasdaq NM: PSEM)', 'Nasdaq NM', 'PSEM'],
    ['Acme Gold Corp. (OTCQX: ACGD) today', 'OTCQX', 'ACGD'],
    ['Beta Labs (OTCQB: BLAB)', 'OTCQB', 'BLAB'],
    ['American Locker Group (AMEX: ALGI)', 'AMEX', 'ALGI'],
    ['Gold Co. (NYSE American: GCO)', 'NYSE American', 'GCO'],
    ['Silver Co. (NYSE MKT: SVC)', 'NYSE MKT', 'SVC'],
    ['Maple Ltd. (TSX: MPL)', 'TSX', 'MPL'],
    ['Pine Resources (TSX-V: PNR)', 'TSX-V', 'PNR'],
    ['Pine Resources (TSX Venture: PNR)', 'TSX Venture', 'PNR'],
    ['Thames plc (LSE: THM)', 'LSE', 'THM'],
    ['Outback Mining (ASX: OBM)', 'ASX', 'OBM'],
    ['Southern Company (NYSE: SO; TSX: SOX) reported', 'NYSE', 'SO'],
    ['Canadian Pacific (TSX/NYSE: CP) reported', 'TSX/NYSE', 'CP'],
    ['Apple (NasdaqGS: AAPL)', 'NasdaqGS', 'AAPL'],
    ['Berkshire Hathaway Inc. (NYSE: BRK.A)', 'NYSE', 'BRK.A'],
    ['Cisco Systems Inc. NASDAQ:CSCO announced', 'NASDAQ', 'CSCO'],
    ['Roadhouse Grill, Inc. NASDAQ/NMS: ROAC', 'NASDAQ/NMS', 'ROAC'],
    ['shares trade on NASDAQ under the symbol CSCO.', 'NASDAQ', 'CSCO'],
  ])('reads %s', (text, exchange, symbol) => {
    expect(findTicker(text)).toEqual({ exchange, symbol });
  });

  it('finds none in words that only mention a market', () => {
    expect(findTicker('Listed on the NYSE since 1990, the company: Acme.')).toBeNull();
    expect(findTicker('OTC derivatives: The market grew')).toBeNull();
  });
});

describe('exchangeTicker', () => {
  it('reads a slug group', () => {
    expect(exchangeTicker('NASDAQ:ALGI')).toEqual({ exchange: 'NASDAQ', symbol: 'ALGI' });
    expect(exchangeTicker('OTC BB:JAVA')).toEqual({ exchange: 'OTC BB', symbol: 'JAVA' });
    expect(exchangeTicker('NY-AMERICAN-LOCKER-GROUP')).toBeNull();
  });
});
