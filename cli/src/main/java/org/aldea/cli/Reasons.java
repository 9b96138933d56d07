package org.aldea.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, in words: Java's file exceptions carry the path as their
 * message, which the user has just typed, and not the reason.
 */
final class Reasons {
  private Reasons() {}

  /** {@return the reason of an input or output failure, without the path it concerns} */
  static String of(Exception failure) {
    Throwable cause = failure instanceof UncheckedIOException && failure.getCause() != null
        ? failure.getCause() : failure;
    if (cause instanceof FileSystemException && ((FileSystemException) cause).getReason() != null) {
      return ((FileSystemException) cause).getReason();
    }
    if (cause instanceof FileAlreadyExistsException) {
      return "it exists already (--force replaces it)";
    }
    if (cause instanceof NoSuchFileException) {
      String file = ((NoSuchFileException) cause).getFile();
      return "no such file or folder" + (file == null ? "" : ": " + file);
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (cause instanceof DirectoryNotEmptyException) {
      return "the folder is not empty";
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}
