package org.aldea.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.aldea.benchmarks.plain.HandStreaming;
import org.aldea.benchmarks.plain.PlainRecords;
import org.aldea.json.AldeaJson;
import org.aldea.testkit.AldeaGenerators;

/**
 * Decodes the same document with aldea-json, hand-written Jackson streaming and databind on records
 * in turn, round after round, and prints the median of each round's ratios. A shared host slows
 * whole JMH runs by up to 2× when a neighbour is busy; a disturbance slows neighbouring rounds of
 * all three alike, so the ratios of one round are steadier than those of separate runs. Run it as
 * {@code java -cp benchmarks/target/benchmarks.jar org.aldea.benchmarks.InterleavedDecode 10000 600}
 * (children, rounds; the first third of the rounds warms up).
 */
public final class InterleavedDecode {
  private InterleavedDecode() {}

  /**
   * Runs the rounds and prints the result.
   *
   * @param args the number of children and of rounds
   */
  public static void main(String[] args) {
    int children = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    AldeaJson aldea = AldeaJson.create();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    aldea.encode(AldeaGenerators.dataset(1, children), out);
    byte[] document = out.toByteArray();
    int measured = rounds - rounds / 3;
    double[] aldeaMs = new double[measured];
    double[] versusHand = new double[measured];
    double[] versusDatabind = new double[measured];
    int sink = 0;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      sink += aldea.decodeDataset(new ByteArrayInputStream(document)).value().children().size();
      long aldeaDone = System.nanoTime();
      sink += HandStreaming.read(new ByteArrayInputStream(document)).children().size();
      long handDone = System.nanoTime();
      sink += PlainRecords.MAPPER.readValue(document, PlainRecords.Document.class).children().size();
      long databindDone = System.nanoTime();
      int at = round - rounds / 3;
      if (at >= 0) {
        aldeaMs[at] = (aldeaDone - start) / 1e6;
        versusHand[at] = (double) (aldeaDone - start) / (handDone - aldeaDone);
        versusDatabind[at] = (double) (aldeaDone - start) / (databindDone - handDone);
      }
    }
    System.out.printf("%,d children, %d rounds measured: aldea-json %.2f ms (median), %.2f× hand-written streaming, "
        + "%.2f× databind on records (medians of the rounds' ratios; %d decoded)%n", children, measured,
        median(aldeaMs), median(versusHand), median(versusDatabind), sink / rounds);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
