package org.aldea.cli;

import org.aldea.json.JsonDecodingException;

/**
 * A decoding failure in one file of a folder, or of a context, with the file: the report names the
 * file the failure is in, not the folder or the input it was read for.
 */
final class FileDecodingException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final String file;
  final transient JsonDecodingException error;

  FileDecodingException(String file, JsonDecodingException error) {
    super(error.getMessage(), null, false, false);
    this.file = file;
    this.error = error;
  }
}
