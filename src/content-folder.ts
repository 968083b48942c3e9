import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { StartupError } from './startup-error.js';

/** Says in one line what is wrong with the content folder setting, before any file is read. */
export async function checkContentFolder(dir: string): Promise<void> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(dir)).isDirectory();
  } catch (error) {
    if (codeOf(error) === 'ENOENT') {
      throw new StartupError('CONTENT_DIR', `the content folder ${dir} does not exist: create it, or set CONTENT_DIR to the folder of releases`);
    }
    throw new StartupError('CONTENT_DIR', `the content folder ${dir} cannot be read (${codeOf(error)}): check CONTENT_DIR and its permissions`);
  }
  if (!isFolder) {
    throw new StartupError('CONTENT_DIR', `CONTENT_DIR ${dir} is a file, not a folder: set CONTENT_DIR to the folder of releases`);
  }
  try {
    await access(dir, constants.R_OK | constants.X_OK);
  } catch (error) {
    throw new StartupError('CONTENT_DIR', `the content folder ${dir} cannot be read (${codeOf(error)}): check CONTENT_DIR and its permissions`);
  }
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
}
