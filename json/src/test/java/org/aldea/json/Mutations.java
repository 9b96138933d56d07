package org.aldea.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Random byte and structure mutations of valid input, for the properties that read what they make. */
public final class Mutations {
  private Mutations() {}

  /**
   * Returns a mutated copy of some bytes: bytes flipped, spans deleted, fragments inserted, spans
   * repeated elsewhere, the end cut off.
   *
   * @param bytes what to mutate
   * @param random where the choices come from
   * @param mutations how many mutations to make
   * @param fragments what an insertion inserts, one at a time
   * @return the mutated copy
   */
  public static byte[] mutate(byte[] bytes, SplittableRandom random, int mutations, String[] fragments) {
    byte[] mutated = bytes.clone();
    for (int m = 0; m < mutations; m++) {
      int at = random.nextInt(mutated.length + 1);
      switch (random.nextInt(5)) {
        case 0: // flip a byte
          if (at < mutated.length) {
            mutated[at] = (byte) random.nextInt(256);
          }
          break;
        case 1: // delete a span
          int end = Math.min(mutated.length, at + random.nextInt(1, 20));
          mutated = concat(Arrays.copyOfRange(mutated, 0, at), Arrays.copyOfRange(mutated, end, mutated.length));
          break;
        case 2: // insert a fragment
          mutated = concat(Arrays.copyOfRange(mutated, 0, at),
              fragments[random.nextInt(fragments.length)].getBytes(StandardCharsets.UTF_8),
              Arrays.copyOfRange(mutated, at, mutated.length));
          break;
        case 3: // duplicate a span
          if (mutated.length == 0) {
            break;
          }
          int from = random.nextInt(mutated.length);
          int to = Math.min(mutated.length, from + random.nextInt(1, 200));
          mutated = concat(Arrays.copyOfRange(mutated, 0, at), Arrays.copyOfRange(mutated, from, to),
              Arrays.copyOfRange(mutated, at, mutated.length));
          break;
        default: // truncate
          mutated = Arrays.copyOf(mutated, at);
      }
    }
    return mutated;
  }

  private static byte[] concat(byte[]... parts) {
    int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
    byte[] joined = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, joined, at, part.length);
      at += part.length;
    }
    return joined;
  }
}
