/**
 * What a user would write instead of Aldea: plain Java records of the exchange format, bound by
 * Jackson databind ({@link org.aldea.benchmarks.plain.PlainRecords}) or by a hand-written Jackson
 * streaming reader and writer ({@link org.aldea.benchmarks.plain.HandStreaming}). They check
 * nothing beyond the JSON shape.
 */
package org.aldea.benchmarks.plain;
