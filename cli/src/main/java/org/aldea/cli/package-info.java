/**
 * The {@code aldea} command-line tool: validate, summarise, convert, anonymise and generate Aldea
 * data, and print the JSON Schema. {@link org.aldea.cli.Aldea} is its entry point.
 */
package org.aldea.cli;
