/** The site holds something a folder of static files cannot serve as Pressroom does. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}
