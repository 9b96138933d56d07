package org.aldea.validation.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;

/**
 * Work handed to an executor, which the calling thread does itself if no thread has started it
 * when its result is needed (a busy, refusing or never-running executor): validation never waits
 * on a queue, and its results do not depend on the executor.
 */
public final class Tasks {
  private Tasks() {
  }

  /**
   * Hands work to an executor; if it refuses, the work waits for {@link #awaitDone}.
   *
   * @param work the work
   * @param executor where to do it; null for the calling thread, when its result is needed
   * @param <T> the type of its result
   * @return the task
   */
  public static <T> FutureTask<T> start(Callable<T> work, Executor executor) {
    FutureTask<T> task = new FutureTask<>(work);
    if (executor != null) {
      try {
        executor.execute(task);
      } catch (RejectedExecutionException refused) {
        // Done by awaitDone, on the thread that needs it.
      }
    }
    return task;
  }

  /**
   * Runs a task on this thread if no other has started it, else waits for it; returns its result
   * or rethrows what it threw. An interrupt cannot cut validation short (its result is needed); it
   * is kept for the caller to see.
   *
   * @param task the task
   * @param <T> the type of its result
   * @return its result
   */
  public static <T> T awaitDone(FutureTask<T> task) {
    task.run(); // does nothing if another thread has started it
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
          }
          if (cause instanceof Error) {
            throw (Error) cause;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
