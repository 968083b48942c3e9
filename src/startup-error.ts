/**
 * A reason the server cannot start that the operator can fix: shown as one line naming the
 * problem and the setting to change, without a stack trace.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
  /** The environment variable to look at, e.g. "PORT". */
  readonly setting: string;

  constructor(setting: string, message: string) {
    super(message);
    this.setting = setting;
  }
}
