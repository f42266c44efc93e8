/** An input the library cannot work with; the message names the problem in plain words. */
export class ClaimdiffInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClaimdiffInputError';
  }
}
