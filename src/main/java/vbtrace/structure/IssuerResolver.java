package vbtrace.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.text.Canonical;

/**
 * Who issued the document, as its full official name. Sources in order of trust: the header's issuer
 * lines (a parent body and the issuing body are combined: "UBND TỈNH LẠNG SƠN / SỞ TÀI CHÍNH" →
 * "Sở Tài chính tỉnh Lạng Sơn"), the enacting authority below the title, the opening sentence
 * ("UBND tỉnh Lạng Sơn ban hành Kế hoạch …"), the signing block ("T/M TỈNH ỦY"), the heading
 * ("NGHỊ QUYẾT CỦA BAN CHẤP HÀNH …"). A local body named without its place ("UBND tỉnh", "Tỉnh ủy")
 * gets it from the text ("… trên địa bàn tỉnh Lạng Sơn") or the date line.
 */
final class IssuerResolver {
    private static final Pattern CHILD_KIND = Pattern.compile(
            "(?u)^(SỞ|BAN|CỤC|CHI CỤC|TỔNG CỤC|VỤ|VĂN PHÒNG|PHÒNG|TRUNG TÂM|VIỆN|HUYỆN ỦY|HUYỆN UỶ|THÀNH ỦY|THÀNH UỶ|QUẬN ỦY|"
                    + "QUẬN UỶ|THỊ ỦY|THỊ UỶ|TỈNH ỦY|TỈNH UỶ|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG ĐOÀN|BỘ CHỈ HUY|CÔNG AN|THANH TRA|KHO BẠC|HỘI|"
                    + "ĐOÀN|ỦY BAN|UỶ BAN|HỘI ĐỒNG|BỘ)\\b.*");
    private static final Pattern PARTY_COMMITTEE = Pattern.compile("(?u)^(TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG) [ỦU][YỶ]\\b\\s*(.*)$");
    private static final Pattern PLACE_OF = Pattern.compile(
            "(?u)(?<![\\p{L}])(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ(?! HỘI)|PHƯỜNG|THỊ TRẤN)\\s+(?![ỦU][YỶ](?!\\p{L}))\\p{Lu}.*$");
    private static final Pattern CENTRAL_PARENT = Pattern.compile("(?u)^(BỘ|CHÍNH PHỦ|TỔNG CỤC|CỤC|BAN CHẤP HÀNH TRUNG ƯƠNG|VĂN PHÒNG CHÍNH PHỦ|QUỐC HỘI).*");
    private static final Pattern OPENING_ISSUE = Pattern.compile(
            "(?u)([^,;:()\\n]{3,100}?)\\s+(?:ban hành|xây dựng|triển khai xây dựng|đề ra|thông báo)\\s+"
                    + "(?:[Kk]ế hoạch|[Cc]hương trình|[Nn]ghị quyết|[Qq]uyết định|[Hh]ướng dẫn|[Qq]uy chế|[Qq]uy định|[Đđ]ề án"
                    + "|[Pp]hương án|[Cc]hỉ thị|[Kk]ết luận|[Tt]hông báo|[Bb]áo cáo|[Tt]hông tư|[Nn]ghị định|[Ll]uật|[Pp]háp lệnh)");
    private static final Pattern BODY_START = Pattern.compile(
            "(?u)(?<![\\p{L}])(UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Tỉnh [ủu][yỷ]|Huyện [ủu][yỷ]|Thành [ủu][yỷ]|Quận [ủu][yỷ]|Thị [ủu][yỷ]"
                    + "|Đảng [ủu][yỷ]|Ban|Sở|Bộ|Chính phủ|Thủ tướng|Văn phòng|Cục|Chi cục|Phòng|Trung tâm|BCH|BTV|Đảng đoàn|Quốc hội)(?![\\p{L}])");
    /** Bodies a "TM." line names that are whole issuers (not an organ of one: "Ban Thường vụ"). */
    private static final Pattern SELF_STANDING = Pattern.compile(
            "(?iu)^(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Ủy ban nhân dân|Hội đồng nhân dân|Chính phủ|Ban Bí thư|Bộ Chính trị"
                    + "|Ban Chấp hành|Ủy ban Thường vụ Quốc hội|Quốc hội|Ban Thường vụ (Tỉnh|Thành|Huyện|Quận|Thị) ủy)\\b.*");
    private static final Pattern LOCAL_BARE = Pattern.compile(
            "(?iu)^(Ủy ban nhân dân|Hội đồng nhân dân|Ban Chấp hành Đảng bộ|Đảng bộ|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy"
                    + "|Ban Thường vụ (Tỉnh|Thành|Huyện|Quận|Thị) ủy|Sở .+|Ban .+)(\\s+(tỉnh|huyện|thành phố|quận|thị xã))?$");

    /** The Party's Central Committee as a Party header prints it, without the word "Đảng" its full name ends with. */
    private static final Pattern CENTRAL_COMMITTEE = Pattern.compile("(?iu)^Ban Chấp hành Trung ương$");

    private static final Map<String, String> CENTRAL_CODES = new java.util.HashMap<>();

    static {
        for (String[] r : DataFiles.table("issuer-codes.tsv")) CENTRAL_CODES.put(codeKey(r[0]), r[1]);
    }

    private final Jurisdictions jurisdictions;
    private final Gazetteer gazetteer;

    IssuerResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.jurisdictions = new Jurisdictions(gazetteer);
    }

    /** The issuer from the candidates in order of trust; {@code context} is title, opening and body for the place. */
    String resolve(List<String> headerLines, String authorityLine, String opening, String onBehalfOf,
                   String headingRest, boolean party, String place, Integer year, String context) {
        String issuer = null;
        if (!headerLines.isEmpty()) issuer = fromHeader(headerLines);
        if (issuer == null && authorityLine != null) issuer = fromAuthority(authorityLine);
        if (issuer == null && headingRest != null && headingRest.matches("(?iu)^của\\s+.+")) {
            // the heading names the issuing body; a "T/M TỈNH ỦY" below signs on its behalf
            issuer = OrgNames.display(headingRest.replaceFirst("(?iu)^của\\s+", ""));
        }
        if (issuer == null && opening != null) issuer = fromOpening(opening);
        if (issuer == null && onBehalfOf != null && SELF_STANDING.matcher(onBehalfOf).matches()) issuer = onBehalfOf;
        if (issuer == null) return null;
        if (party && CENTRAL_COMMITTEE.matcher(issuer).matches()) issuer = issuer + " Đảng";
        return withPlace(issuer, place, year, context);
    }

    /** The central body whose code ends a number's symbol ("13/VBHN-BTC" → "Bộ Tài chính"), null if none or several. */
    static String fromSymbol(String number) {
        if (number == null) return null;
        String[] parts = number.substring(number.lastIndexOf('/') + 1).split("-");
        return parts.length == 2 ? CENTRAL_CODES.get(codeKey(parts[1])) : null;
    }

    private static String codeKey(String code) {
        return Canonical.forMatching(code).toUpperCase(Locale.ROOT);
    }

    /** Header lines → one name; a parent body on the first line(s) and the issuing body below it. */
    static String fromHeader(List<String> lines) {
        List<String> ls = new ArrayList<>();
        for (String l : lines) ls.add(Canonical.forMatching(l).replaceAll("\\s+", " ").strip());
        for (int k = 1; k < ls.size(); k++) {
            String parent = String.join(" ", ls.subList(0, k));
            String child = String.join(" ", ls.subList(k, ls.size()));
            boolean childWithPlace = PLACE_OF.matcher(child).find() && !PLACE_OF.matcher(child).lookingAt()
                    && !PLACE_OF.matcher(parent).find();
            if (!(CHILD_KIND.matcher(child).matches() || childWithPlace) || !completeParent(parent)
                    || child.matches("(?u)^(VÀ|,|-).*") || parent.matches("(?u).*(\\sVÀ|,|-)$")) {
                continue; // "BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI" is one name wrapped
            }
            return OrgNames.display(combine(parent, child));
        }
        return OrgNames.display(String.join(" ", ls));
    }

    private static boolean completeParent(String parent) {
        return PLACE_OF.matcher(parent).find() || PARTY_COMMITTEE.matcher(parent).matches()
                && !PARTY_COMMITTEE.matcher(parent).replaceFirst("$2").isBlank() || CENTRAL_PARENT.matcher(parent).matches()
                || parent.endsWith("TRUNG ƯƠNG");
    }

    private static String combine(String parent, String child) {
        if (PLACE_OF.matcher(child).find()) return child;
        Matcher childCommittee = PARTY_COMMITTEE.matcher(child);
        Matcher parentCommittee = PARTY_COMMITTEE.matcher(parent);
        Matcher parentPlace = PLACE_OF.matcher(parent);
        if (childCommittee.matches() && !childCommittee.group(2).isBlank()) return child; // "HUYỆN ỦY BẢO YÊN"
        if (parentCommittee.matches()) {
            String name = parentCommittee.group(2);
            return childCommittee.matches() ? child + " " + name : child + " " + parent;
        }
        if (parentPlace.find()) {
            String unit = parentPlace.group();
            if (childCommittee.matches()) return child + " " + unit.replaceFirst("^\\S+( PHỐ| XÃ| TRẤN)?\\s+", "");
            return child + " " + unit;
        }
        if (parent.endsWith("TRUNG ƯƠNG")) return child + (child.equals("VĂN PHÒNG") ? " TRUNG ƯƠNG ĐẢNG" : " TRUNG ƯƠNG");
        return child; // a department of a central body is named on its own ("CỤC THUẾ")
    }

    /** "BỘ TRƯỞNG BỘ TÀI CHÍNH" → "Bộ Tài chính"; "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" as it is. */
    static String fromAuthority(String line) {
        String s = Canonical.forMatching(line).strip();
        String k = s.toLowerCase(Locale.ROOT);
        if (!k.startsWith("thủ tướng") && OrgNames.startsWithPosition(s)) {
            Matcher m = Pattern.compile("(?iu)\\s(BỘ|ỦY BAN|UỶ BAN|HỘI ĐỒNG|NGÂN HÀNG|KIỂM TOÁN|THANH TRA|VĂN PHÒNG|TÒA ÁN|TOÀ ÁN|VIỆN|SỞ)\\s").matcher(s);
            if (m.find()) s = s.substring(m.start() + 1);
            else return null;
        }
        return OrgNames.display(s);
    }

    /** "…, UBND tỉnh Lạng Sơn ban hành Kế hoạch …" → "Ủy ban nhân dân tỉnh Lạng Sơn". */
    static String fromOpening(String opening) {
        Matcher m = OPENING_ISSUE.matcher(opening.replaceAll("\\s+", " "));
        while (m.find()) {
            Matcher b = BODY_START.matcher(m.group(1));
            if (!b.find()) continue;
            String who = m.group(1).substring(b.start()).strip();
            if (who.split(" ").length > 12) continue;
            String body = OrgNames.startsWithPosition(who) ? fromAuthority(who) : OrgNames.display(who);
            if (body != null) return body;
        }
        return null;
    }

    /** Adds the place to a local body named without it ("Ủy ban nhân dân tỉnh" → "… tỉnh Lạng Sơn"). */
    String withPlace(String issuer, String place, Integer year, String context) {
        if (Jurisdictions.unit(issuer).isPresent() || Jurisdictions.central(issuer)) return issuer;
        Matcher bare = LOCAL_BARE.matcher(issuer);
        if (!bare.matches()) return issuer;
        String level = bare.group(4) != null ? bare.group(4).toLowerCase(Locale.ROOT) : committeeLevel(issuer);
        Optional<Jurisdictions.NamedUnit> unit = mostMentioned(context, level);
        if (unit.isEmpty() && place != null && (level == null || level.equals("tỉnh"))
                && gazetteer.province(place, year).isPresent()) {
            unit = Optional.of(new Jurisdictions.NamedUnit("tỉnh", place));
        }
        if (unit.isEmpty()) return issuer;
        String name = unit.get().name();
        if (bare.group(4) != null || committeeLevel(issuer) != null && !issuer.matches("(?iu)^(Ban|Sở) .*")) {
            return issuer + " " + name;
        }
        return issuer + " " + unit.get().kind() + " " + name;
    }

    private static String committeeLevel(String issuer) {
        String k = Canonical.key(issuer);
        if (k.contains("tỉnh ủy")) return "tỉnh";
        if (k.contains("huyện ủy")) return "huyện";
        if (k.contains("thành ủy")) return "thành phố";
        if (k.contains("quận ủy")) return "quận";
        if (k.contains("thị ủy")) return "thị xã";
        return null;
    }

    /** The unit of the given level (any level when null) the text names most often. */
    static Optional<Jurisdictions.NamedUnit> mostMentioned(String context, String level) {
        if (context == null) return Optional.empty();
        Map<Jurisdictions.NamedUnit, Integer> counts = new LinkedHashMap<>();
        for (Jurisdictions.NamedUnit u : Jurisdictions.units(context)) {
            if (level != null && !u.kind().equals(level)) continue;
            if (level == null && !(u.kind().equals("tỉnh") || u.kind().equals("thành phố"))) continue;
            counts.merge(u, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
