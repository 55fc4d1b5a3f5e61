// A usage error of the offline commands: one line for the user, and the exit code (2 by default).
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
