package org.aldea.core.internal;

import java.util.Set;

/**
 * The country codes of the exchange format: the 249 ISO 3166-1 alpha-2 codes officially assigned
 * (the list of JDK 17 and JDK 25), and {@code XK}, the user-assigned code for
 * Kosovo used by the European Union, CLDR and SOS Children's Villages. The list is fixed here rather
 * than taken from the JDK, whose list differs between versions and leaves out {@code XK}; the
 * format's specification and JSON Schema list the same codes.
 */
public final class Countries {
  /** The codes, upper case, separated by one space, in alphabetical order. */
  public static final String CODES =
      "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS "
      + "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE "
      + "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM "
      + "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC "
      + "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA "
      + "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW "
      + "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO "
      + "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW ";

  private static final Set<String> SET = Set.of(CODES.strip().split(" "));

  private Countries() {}

  /**
   * Tells whether a text is one of the format's country codes.
   *
   * @param code the text
   * @return whether it is a code of the list
   */
  public static boolean isCode(String code) {
    return SET.contains(code);
  }
}
