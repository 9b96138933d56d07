/**
 * The benchmarks: {@link org.aldea.benchmarks.CodecBenchmark} (decoding and encoding),
 * {@link org.aldea.benchmarks.ValidationBenchmark} (whole-dataset and per-entity validation),
 * {@link org.aldea.benchmarks.NdjsonBenchmark} (decoding and validating a million-child stream) and
 * {@link org.aldea.benchmarks.NdjsonLoad} (the same as a program reporting records per second and
 * peak heap) and {@link org.aldea.benchmarks.InterleavedDecode} (the decoders in turn, round by
 * round, for ratios a noisy host disturbs less).
 */
package org.aldea.benchmarks;
