package org.aldea.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /** Each pattern parsed, shared and never used but to be copied. */
  private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

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
    return messages(language).map(properties -> properties.getProperty(key)).orElse(null);
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
    // A copy of the pattern parsed once: a format is not thread-safe, and parsing it again for each
    // issue took most of the time of reporting one.
    MessageFormat format = (MessageFormat) FORMATS.computeIfAbsent(pattern, text -> new MessageFormat(text, Locale.ROOT))
        .clone();
    return format.format(args.toArray());
  }
}
