package vbtrace.extract;

/**
 * One place where the text names an organization.
 *
 * @param start  source offset of the first character
 * @param end    source offset after the last character
 * @param base   the name without its unit suffix, canonical spelling ("Ủy ban nhân dân", "Ban Dân tộc")
 * @param suffix the unit suffix as the name writes it ("tỉnh", "tỉnh Bắc Giang", "các huyện, thành phố"), or ""
 * @param level  the unit kind of the suffix ("tỉnh", "huyện"), null when none
 * @param group  the suffix names a group of units ("các huyện, thành phố")
 * @param central a central body (its jurisdiction is the country, not the document's)
 * @param tokenStart index of the first token, for training data
 * @param tokenEnd   index after the last token
 */
public record AgencyMention(int start, int end, String base, String suffix, String level, boolean group,
                            boolean central, int tokenStart, int tokenEnd) {
    public String name() {
        return suffix.isEmpty() ? base : base + " " + suffix;
    }
}
