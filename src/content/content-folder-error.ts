/** The content folder itself cannot be listed: gone, not a folder, or not readable. */
export class ContentFolderError extends Error {
  override readonly name = 'ContentFolderError';
  readonly dir: string;
  /** The system's error code: "ENOENT", "ENOTDIR", "EACCES", ... */
  readonly code: string;

  constructor(dir: string, code: string) {
    super(describe(dir, code));
    this.dir = dir;
    this.code = code;
  }
}

function describe(dir: string, code: string): string {
  switch (code) {
    case 'ENOENT':
      return `the content folder ${dir} does not exist`;
    case 'ENOTDIR':
      return `the content folder ${dir} is not a folder`;
    case 'EACCES':
    case 'EPERM':
      return `the content folder ${dir} cannot be read (${code}: permission denied)`;
    default:
      return `the content folder ${dir} cannot be read (${code})`;
  }
}
