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
import java.util.Properties;
import java.util.Set;

/**
 * The messages of the rules in English, Spanish and Norwegian Bokmål, read from this module's own
 * UTF-8 properties files (not through ResourceBundle, whose fallback to the JVM's default locale
 * would make the language depend on the machine). Arguments are ids, codes, dates and figures: a
 * message never holds personal data.
 */
public final class Messages {
  /** The languages messages exist in; English is the fallback. */
  public static final Set<String> LANGUAGES = Set.of("en", "es", "nb");

  private static final Map<String, Properties> BY_LANGUAGE =
      Map.of("en", load("en"), "es", load("es"), "nb", load("nb"));

  private Messages() {}

  private static Properties load(String language) {
    String name = "messages_" + language + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the validation jar lacks " + name);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the language used for a locale: {@code es}, {@code nb} (also for {@code no}) or {@code en}. */
  public static String language(Locale locale) {
    String language = locale.getLanguage();
    if (language.equals("no") || language.equals("nn")) {
      return "nb";
    }
    return LANGUAGES.contains(language) ? language : "en";
  }

  /** Returns the message pattern of a key in a language, or null if there is none. */
  public static String pattern(String language, String key) {
    return BY_LANGUAGE.get(language).getProperty(key);
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
    return new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
  }
}
