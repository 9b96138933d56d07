package org.aldea.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages of the rules, read from this module's own UTF-8 properties files, {@code
 * messages_<language>.properties} beside this class (not through ResourceBundle, whose fallback to
 * the JVM's default locale would make the language depend on the machine): a language is spoken
 * when its file is there, so adding one is adding its file. Arguments are ids, codes, dates and
 * figures: a message never holds personal data.
 */
public final class Messages {
  /** The messages of each language asked for, empty where the language has no file. */
  private static final Map<String, Optional<Properties>> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** Each pattern parsed once, with the last message made of it. */
  private static final Map<String, Format> FORMATS = new ConcurrentHashMap<>();

  private Messages() {}

  private static Optional<Properties> messages(String language) {
    return BY_LANGUAGE.computeIfAbsent(language, Messages::load);
  }

  private static Optional<Properties> load(String language) {
    if (!language.matches("[a-z]{2,3}")) {
      return Optional.empty();
    }
    try (InputStream in = Messages.class.getResourceAsStream("messages_" + language + ".properties")) {
      if (in == null) {
        return Optional.empty();
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return Optional.of(properties);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the language used for a locale: the locale's own if it has messages ({@code nb} also for
   * {@code no} and {@code nn}), English otherwise.
   */
  public static String language(Locale locale) {
    String language = locale.getLanguage();
    if (language.equals("no") || language.equals("nn")) {
      language = "nb";
    }
    return messages(language).isPresent() ? language : "en";
  }

  /** Returns the message pattern of a key in a language, or null if there is none. */
  public static String pattern(String language, String key) {
    // Not Optional.map: a lambda that captures the key is made through a call into the virtual
    // machine for each issue under the client compiler.
    Optional<Properties> messages = messages(language);
    return messages.isPresent() ? messages.get().getProperty(key) : null;
  }

  /** Formats the message of a key in the language of the locale, falling back to English. */
  public static String format(Locale locale, String key, List<String> args) {
    String language = language(locale);
    String pattern = pattern(language, key);
    if (pattern == null) {
      pattern = pattern("en", key);
    }
    if (pattern == null) {
      throw new IllegalStateException("no message for " + key);
    }
    return FORMATS.computeIfAbsent(pattern, Format::new).format(args);
  }

  /**
   * A pattern parsed, never used but to be copied (a format is not thread-safe, and parsing the
   * pattern again for each issue took most of the time of reporting one), and the last message made
   * of it with its arguments: a rule's issues often have the same ones (too old for care: the
   * oldest age and the reference date, for every child it finds), and their message is made once.
   */
  private static final class Format {
    private final MessageFormat parsed;
    /** The arguments and message last made, in one array, so that a thread reads both or neither. */
    private volatile Object[] last;

    Format(String pattern) {
      parsed = new MessageFormat(pattern, Locale.ROOT);
    }

    String format(List<String> args) {
      Object[] made = last;
      if (made != null && sameArguments(made, args)) {
        return (String) made[args.size()];
      }
      Object[] values = args.toArray();
      String message = ((MessageFormat) parsed.clone()).format(values);
      made = Arrays.copyOf(values, values.length + 1);
      made[values.length] = message;
      last = made;
      return message;
    }

    /** Whether the arguments last made, followed by their message, are these. */
    private static boolean sameArguments(Object[] made, List<String> args) {
      if (made.length != args.size() + 1) {
        return false;
      }
      for (int i = 0; i < args.size(); i++) {
        if (!Objects.equals(made[i], args.get(i))) {
          return false;
        }
      }
      return true;
    }
  }
}
