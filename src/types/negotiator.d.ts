// The part of negotiator's API this project uses, with the `preferred` option its published
// types lack (negotiator 1.x breaks ties between equally weighted encodings by that order).
declare module 'negotiator' {
  export default class Negotiator {
    constructor(request: { headers: Readonly<Record<string, string | readonly string[] | undefined>> });
    encodings(available?: readonly string[], options?: { preferred?: readonly string[] }): string[];
  }
}
