import type { Ticker } from '../model.js';

/** Markets as releases name them, with the tiers and segments filers add ("Nasdaq NM", "NASDAQ/NMS", "NYSE American"). */
const MARKET = String.raw`(?:NYSE|NASDAQ|Nasdaq|AMEX|Amex|TSX|TSXV|TSX-V|LSE|AIM|ASX|OTC|OTCBB|OTCQX|OTCQB|HKEX|SIX|Euronext|Xetra|NSE|BSE|CSE|NEO)`;
const TIER = String.raw`(?:American|Amex|Arca|MKT|GS|GM|CM|NM|NMS|NNM|BB|SmallCap|Pink|Global Select|Global|Capital|Venture|Market|Markets|National Market|Bulletin Board|Stock Market)`;
const ONE = String.raw`${MARKET}(?:[ /-]?${TIER}\b)*`;
/** One market, or several that list the same symbol: "TSX/NYSE", "NYSE and TSX". */
const EXCHANGE = String.raw`${ONE}(?: ?(?:/|,|and|&) ?${ONE})*`;
const SYMBOL = String.raw`[A-Z][A-Z0-9]{0,5}(?:[.-][A-Z0-9]{1,3})?`;
const PAIR = new RegExp(String.raw`^(${EXCHANGE}) ?: ?(${SYMBOL})$`);
const IN_PARENS = new RegExp(String.raw`\((${EXCHANGE}) ?: ?(${SYMBOL})\b[^)]*\)`);
const BARE = new RegExp(String.raw`(?<![\w/-])(${EXCHANGE}) ?: ?(${SYMBOL})\b`);
const UNDER_SYMBOL = new RegExp(
  String.raw`\b(${EXCHANGE}|New York Stock Exchange|American Stock Exchange)\b[^.]{0,60}?\bunder the (?:ticker |trading )?symbol "?(${SYMBOL})\b`,
);

/** "NASDAQ:ALGI" -> NASDAQ / ALGI. */
export function exchangeTicker(text: string): Ticker | null {
  const match = PAIR.exec(text.trim());
  return match ? { exchange: match[1] ?? '', symbol: match[2] ?? '' } : null;
}

/**
 * The first ticker the text names: "(NYSE: SO)", "(OTC BB: JAVA)", "(NYSE: SO; TSX: SOX)" (the
 * first of a pair), "NASDAQ/NMS:ROAC" without parentheses, "on NASDAQ under the symbol CSCO".
 */
export function findTicker(text: string): Ticker | null {
  const match = IN_PARENS.exec(text) ?? BARE.exec(text) ?? UNDER_SYMBOL.exec(text);
  return match ? { exchange: match[1] ?? '', symbol: match[2] ?? '' } : null;
}
