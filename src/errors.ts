/** A failure the user can fix (configuration, an unreachable database, bad input): print its message, no stack. */
export class UserError extends Error {
  override name = "UserError";
}
