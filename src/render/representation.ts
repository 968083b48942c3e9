/** One response body, rendered and compressed once, served from memory. */
export interface Representation {
  status: number;
  contentType: string;
  cacheControl: string;
  /** Strong validator of the identity body; encodings derive theirs from it. */
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
}

/** Every response the content determines, keyed by URL path. */
export interface RenderedSite {
  resources: ReadonlyMap<string, Representation>;
  notFound: Representation;
  methodNotAllowed: Representation;
  serverError: Representation;
}
