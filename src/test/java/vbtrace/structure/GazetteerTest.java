package vbtrace.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.standard();

    @Test
    void sixtyThreeProvincesBeforeTheMergerAndThirtyFourAfter() {
        assertEquals(63, g.provinces(LocalDate.of(2025, 6, 30)).size());
        assertEquals(63, g.provinces(LocalDate.of(2020, 1, 1)).size());
        assertEquals(34, g.provinces(LocalDate.of(2025, 7, 1)).size());
        long cities = g.provinces(LocalDate.of(2025, 7, 1)).stream().filter(u -> u.kind().equals("thành phố")).count();
        assertEquals(6, cities);
    }

    @Test
    void everyOldProvinceEndsInACurrentOne() {
        for (AdminUnit p : g.provinces(LocalDate.of(2025, 6, 30))) {
            AdminUnit now = g.current(p).orElseThrow(() -> new AssertionError(p));
            assertTrue(g.provinces(LocalDate.of(2025, 7, 1)).contains(now), p + " -> " + now);
        }
        int merged = 0;
        for (AdminUnit p : g.provinces(LocalDate.of(2025, 7, 1))) merged += Math.max(1, g.predecessors(p).size());
        assertEquals(63, merged);
    }

    @Test
    void provincesResolveBeforeAndAfterTheMerger() {
        AdminUnit old = g.province("Lào Cai", 2022).orElseThrow();
        assertEquals(2025, old.validTo());
        AdminUnit merged = g.province("tỉnh Lào Cai", 2026).orElseThrow();
        assertEquals(2025, merged.validFrom());
        assertEquals(null, merged.validTo());
        assertEquals(merged, g.successor(old).orElseThrow());
        assertEquals(merged, g.successor(g.province("Yên Bái", 2024).orElseThrow()).orElseThrow());
        assertEquals(Set.of("Lào Cai", "Yên Bái"), Set.copyOf(g.predecessors(merged).stream().map(AdminUnit::name).toList()));
        assertEquals(merged, g.province("Lào Cai", LocalDate.of(2025, 7, 1)).orElseThrow());
        assertEquals(old, g.province("Lào Cai", LocalDate.of(2025, 6, 30)).orElseThrow());

        AdminUnit bacGiang = g.province("Bắc Giang", 2015).orElseThrow();
        assertEquals("tỉnh Bắc Giang", g.jurisdiction(bacGiang));
        assertEquals("Bắc Ninh", g.successor(bacGiang).orElseThrow().name());
        // A name no longer in use still finds the unit that bore it: documents cite it.
        assertEquals(bacGiang, g.province("Bắc Giang", 2026).orElseThrow());
        assertTrue(g.find("Bắc Giang", 2026).stream().noneMatch(AdminUnit::isProvince));

        AdminUnit langSon = g.province("Lạng Sơn", 2020).orElseThrow();
        assertEquals(langSon, g.province("Lạng Sơn", 2026).orElseThrow());
        assertTrue(g.successor(langSon).isEmpty());
        assertEquals("tỉnh Lạng Sơn", g.jurisdiction(langSon));
    }

    @Test
    void hueBecameACentrallyRunCityIn2025() {
        AdminUnit tth = g.province("Thừa Thiên Huế", 2024).orElseThrow();
        AdminUnit hue = g.successor(tth).orElseThrow();
        assertEquals("thành phố Huế", g.jurisdiction(hue));
        assertEquals(hue, g.province("thành phố Huế", 2026).orElseThrow());
        assertEquals(tth, g.province("Thừa Thiên - Huế", 2020).orElseThrow());
    }

    @Test
    void phrasesAsDocumentsWriteThem() {
        assertEquals("thành phố Hồ Chí Minh", g.jurisdiction(g.lookup("TP. Hồ Chí Minh", 2024).get(0)));
        assertEquals("thành phố Hồ Chí Minh", g.jurisdiction(g.lookup("Tp.HCM", 2024).get(0)));
        assertEquals("thành phố Hồ Chí Minh", g.jurisdiction(g.lookup("TPHCM", 2024).get(0)));
        assertEquals("thành phố Hà Nội", g.jurisdiction(g.lookup("thành phố Hà Nội", 2020).get(0)));
        assertEquals("tỉnh Lạng Sơn", g.jurisdiction(g.lookup("tỉnh Lạng Sơn", 2020).get(0)));
        assertEquals("tỉnh Lào Cai", g.jurisdiction(g.lookup("Tỉnh uỷ Lào Cai", 2020).get(0)));
        assertEquals("tỉnh Lào Cai", g.jurisdiction(g.lookup("TỈNH ỦY LÀO CAI", 2020).get(0)));
        assertEquals("tỉnh Bà Rịa - Vũng Tàu", g.jurisdiction(g.lookup("tỉnh Bà Rịa – Vũng Tàu", 2020).get(0)));
        assertEquals("tỉnh Hòa Bình", g.jurisdiction(g.lookup("tỉnh Hoà Bình", 2020).get(0)));
        assertEquals("tỉnh Đắk Lắk", g.jurisdiction(g.lookup("tinh Dak Lak", 2020).get(0)));
        assertEquals("tỉnh Thanh Hóa", g.jurisdiction(g.lookup("UBND tỉnh Thanh Hoá", 2020).get(0)));
        assertTrue(g.lookup("tỉnh Hà Nội Mới", 2020).isEmpty());
        assertEquals(Optional.of("tỉnh Lào Cai"), g.jurisdiction("Tỉnh ủy Lào Cai", 2025, null), "old and new Lào Cai read alike");
        assertEquals(Optional.of("huyện Bảo Yên (tỉnh Lào Cai)"), g.jurisdiction("Huyện ủy Bảo Yên", 2019, null));
        assertEquals(Optional.empty(), g.jurisdiction("huyện Châu Thành", 2019, null));
        assertEquals(Optional.of("huyện Châu Thành (tỉnh Long An)"), g.jurisdiction("huyện Châu Thành", 2019, "Long An"));
        assertTrue(g.province("Huế", 2020).isEmpty(), "in 2020 Huế was a city of Thừa Thiên Huế, not a province");
        assertTrue(g.lookup("", 2020).isEmpty());
    }

    @Test
    void scanFindsUnitsWithTheirKindWord() {
        String text = "Thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy Lào Cai, UBND tỉnh ban hành; "
                + "các sở, ngành và UBND TP. Hồ Chí Minh, tỉnh Bà Rịa-Vũng\nTàu phối hợp.";
        List<Gazetteer.Match> ms = g.scan(text, 2022);
        assertEquals(List.of("Tỉnh ủy Lào Cai", "TP. Hồ Chí Minh", "tỉnh Bà Rịa-Vũng\nTàu"),
                ms.stream().map(Gazetteer.Match::text).toList());
        Gazetteer.Match first = ms.get(0);
        assertEquals(text.indexOf("Tỉnh ủy"), first.start());
        assertEquals("tỉnh", first.kind());
        assertEquals("Lào Cai", first.name());
        assertEquals("tỉnh Lào Cai", g.jurisdiction(first.unit()));
        assertEquals(2025, first.unit().validTo());
        assertEquals("Bà Rịa - Vũng Tàu", ms.get(2).name());
        assertTrue(g.scan("các tỉnh, thành phố và huyện nghèo", 2022).isEmpty());
        // Words that only look like names: a common word close to a one-word name, a list marker, a
        // district under a province's kind word.
        assertTrue(g.scan("Chủ tịch UBND tỉnh Chủ trì; theo điểm h.1 và huyện 2; tỉnh Bảo Yên", 2022).isEmpty());
    }

    @Test
    void noDuplicatesAndEveryDistrictHasItsProvince() {
        Set<AdminUnit> seen = new HashSet<>();
        for (AdminUnit u : g.units()) {
            assertTrue(seen.add(u), "duplicate " + u);
            if (!u.isProvince()) {
                AdminUnit p = g.provinceOf(u, null).orElseThrow(() -> new AssertionError("no province for " + u));
                assertEquals(u.province(), p.name());
            }
        }
    }

    @Test
    void districtsMapToTheirProvinceBeforeAndAfterTheMerger() {
        AdminUnit baoYen = g.lookup("huyện Bảo Yên", 2020).get(0);
        assertEquals("huyện Bảo Yên (tỉnh Lào Cai)", g.jurisdiction(baoYen));
        AdminUnit oldLaoCai = g.provinceOf(baoYen, 2020).orElseThrow();
        assertEquals(2025, oldLaoCai.validTo());
        assertEquals(g.province("Lào Cai", 2026).orElseThrow(), g.current(baoYen).orElseThrow());
        assertEquals(List.of(baoYen), g.lookup("H. Bảo Yên", 2020));
        assertEquals(List.of(baoYen), g.lookup("Huyện ủy Bảo Yên", 2020));
        assertTrue(g.find("Bảo Yên", 2026).isEmpty(), "no districts after 1 July 2025");
        assertEquals(List.of(baoYen), g.lookup("huyện Bảo Yên", 2026), "a former unit is still found");

        assertEquals("quận Ba Đình (thành phố Hà Nội)", g.jurisdiction(g.lookup("quận Ba Đình", 2020).get(0)));
        assertEquals("thị xã Sa Pa (tỉnh Lào Cai)", g.jurisdiction(g.lookup("TX. Sa Pa", 2020).get(0)));
        AdminUnit citySeat = g.lookup("thành phố Lạng Sơn", 2020).get(0);
        assertEquals("thành phố Lạng Sơn (tỉnh Lạng Sơn)", g.jurisdiction(citySeat));
        assertFalse(citySeat.isProvince());
        assertTrue(g.lookup("tỉnh Lạng Sơn", 2020).get(0).isProvince());
        assertTrue(g.lookup("Lào Cai", 2020).get(0).isProvince(), "a bare name prefers the province");
        // A kind word that no longer fits still finds the unit (Dĩ An was a thị xã until 2020).
        assertEquals("thành phố Dĩ An (tỉnh Bình Dương)", g.jurisdiction(g.lookup("thị xã Dĩ An", 2018).get(0)));
        // … and the jurisdiction of the phrase keeps the kind the document used.
        assertEquals(Optional.of("thị xã Dĩ An (tỉnh Bình Dương)"), g.jurisdiction("UBND thị xã Dĩ An", 2018, null));
        assertEquals("thị xã Dĩ An (tỉnh Bình Dương)", g.jurisdiction(g.scan("Thị ủy Dĩ An", 2018).get(0)));
        assertEquals("tỉnh Lào Cai", g.jurisdiction(g.scan("T. Lào Cai", 2018).get(0)));
    }

    @Test
    void districtsOfHueFollowTheCityThroughItsTwoChanges() {
        AdminUnit old = g.lookup("thành phố Huế", 2020).get(0);
        assertEquals("thành phố Huế (tỉnh Thừa Thiên Huế)", g.jurisdiction(old));
        assertEquals("thành phố Huế", g.jurisdiction(g.lookup("thành phố Huế", 2025).get(0)));
        assertEquals("quận Thuận Hóa (thành phố Huế)", g.jurisdiction(g.lookup("quận Thuận Hoá", 2025).get(0)));
        AdminUnit aLuoi2020 = g.find("A Lưới", 2020).get(0);
        assertEquals("Thừa Thiên Huế", aLuoi2020.province());
        assertEquals("Huế", g.current(aLuoi2020).orElseThrow().name());
    }

    @Test
    void ambiguousDistrictNamesAreNarrowedByAProvinceHint() {
        List<AdminUnit> chauThanh = g.find("Châu Thành", 2020);
        assertEquals(10, chauThanh.size(), chauThanh.toString());
        assertTrue(chauThanh.stream().allMatch(u -> u.kind().equals("huyện")));
        assertEquals(List.of("Tiền Giang"), g.lookup("huyện Châu Thành", 2020, "tỉnh Tiền Giang").stream().map(AdminUnit::province).toList());
        // After 2025 Vĩnh Long took over Bến Tre and Trà Vinh: both their Châu Thành fit the hint.
        assertEquals(List.of("Bến Tre", "Trà Vinh"),
                g.lookup("Châu Thành", 2024, "Vĩnh Long").stream().map(AdminUnit::province).sorted().toList());
        assertEquals(chauThanh, g.lookup("Châu Thành", 2020, "Hà Nội"), "a hint that fits none changes nothing");

        List<Gazetteer.Match> ms = g.scan("UBND huyện Châu Thành, tỉnh An Giang và huyện Phong Điền (thành phố Cần Thơ)", 2022);
        assertEquals("An Giang", ms.get(0).unit().province());
        assertFalse(ms.get(0).ambiguous());
        assertEquals("Cần Thơ", ms.get(2).unit().province());
        assertEquals("Sóc Trăng", g.scan("huyện Châu Thành thuộc tỉnh Sóc Trăng", 2022).get(0).unit().province());
        // Kind word of the time, district of today: huyện Phước Long of Bình Phước is now a thị xã.
        Gazetteer.Match phuocLong = g.scan("huyện Phước Long, tỉnh Bình Phước", 2005).get(0);
        assertEquals("Bình Phước", phuocLong.unit().province());
        // Same name, different kind words: thị xã and huyện Cai Lậy.
        assertEquals("thị xã", g.lookup("thị xã Cai Lậy", 2022).get(0).kind());
        assertEquals("huyện", g.lookup("huyện Cai Lậy", 2022).get(0).kind());
    }

    @Test
    void scanToleratesVariantSpellingsAndLayout() {
        String text = "xã Đăk Long (huyện Đăk Hà), tỉnh Kon Tum; Thành uỷ Thủ Đức; huyện đảo Lý Sơn; quận 10; "
                + "Huyện Đắk R’ Lấp";
        List<Gazetteer.Match> ms = g.scan(text, 2022);
        assertEquals(List.of("Đắk Hà", "Kon Tum", "Thủ Đức", "Lý Sơn", "10", "Đắk R'Lấp"),
                ms.stream().map(Gazetteer.Match::name).toList());
        assertEquals("Huyện Đắk R’ Lấp", ms.get(5).text());
        assertEquals("thành phố", ms.get(2).unit().kind());
        assertEquals("huyện Đăk Hà", ms.get(0).text());
        String decomposed = java.text.Normalizer.normalize("Theo UBND tỉnh Lạng Sơn", java.text.Normalizer.Form.NFD);
        Gazetteer.Match m = g.scan(decomposed, 2020).get(0);
        assertEquals("tỉnh Lạng Sơn", java.text.Normalizer.normalize(m.text(), java.text.Normalizer.Form.NFC));
        assertEquals(decomposed.length(), m.end());
    }

    @Test
    void districtCountsOnTheEveOfTheReorganization() {
        LocalDate eve = LocalDate.of(2025, 6, 30);
        int total = 0;
        for (AdminUnit p : g.provinces(eve)) {
            int n = (int) g.districts(p).stream().filter(d -> d.validIn(2025)).filter(d -> g.find(d.name(), eve).contains(d)).count();
            assertTrue(n >= 5, p + " has " + n + " districts");
            total += n;
        }
        assertEquals(696, total);
        assertEquals(705, g.units(LocalDate.of(2022, 7, 1)).stream().filter(u -> !u.isProvince()).count());
        assertEquals(713, g.units(LocalDate.of(2019, 7, 1)).stream().filter(u -> !u.isProvince()).count());
        assertTrue(g.units(LocalDate.of(2025, 7, 1)).stream().allMatch(AdminUnit::isProvince), "no districts after the reform");
        assertEquals(30, g.districts(g.province("Hà Nội", 2020).orElseThrow()).size());
        assertTrue(g.find("Bảo Yên", eve).size() == 1);
    }

    /**
     * Decree 38/2022/NĐ-CP lists, by minimum-wage region, the districts of every province as of mid-2022
     * ("Các thành phố Vĩnh Yên, Phúc Yên và các huyện Bình Xuyên, Yên Lạc thuộc tỉnh Vĩnh Phúc"): each one
     * named must be a unit of that province on 1 July 2022.
     */
    @Test
    void everyDistrictOfDecree38Of2022IsKnown() throws Exception {
        String text = java.nio.file.Files.readString(vbtrace.SharedData.require("data/gazette/nghi-dinh-so-38-2022-nd-cp-37348.txt"));
        String appendix = text.substring(text.indexOf("1. Vùng I, gồm"), text.indexOf("4. Vùng IV"))
                .replaceAll("(?m)^\\s*CÔNG BÁO/Số.*$|(?m)^\\s*\\d+\\s*$", " ")
                .replaceAll("\\s+", " ");
        java.util.regex.Matcher item = java.util.regex.Pattern
                .compile("- ([^;]*?) thuộc (?:tỉnh|thành phố) (\\p{Lu}[^;.]+)[;.]").matcher(appendix);
        java.util.regex.Pattern kindThenNames = java.util.regex.Pattern.compile(
                "(?:[Cc]ác )?(?:[Tt]hành phố|[Tt]hị xã|[Hh]uyện|quận) ((?:\\p{Lu}[\\p{L}']*(?: |, | và )?)+)");
        LocalDate mid2022 = LocalDate.of(2022, 7, 1);
        int checked = 0;
        List<String> missing = new java.util.ArrayList<>();
        while (item.find()) {
            String province = item.group(2).strip();
            assertTrue(g.province(province, mid2022).isPresent(), province);
            java.util.regex.Matcher names = kindThenNames.matcher(item.group(1));
            while (names.find()) {
                for (String name : names.group(1).split(", | và ")) {
                    name = name.strip();
                    if (name.isEmpty()) continue;
                    checked++;
                    String n = name;
                    if (g.find(name, mid2022).stream().noneMatch(u -> province.equals(u.province()))) missing.add(n + " (" + province + ")");
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(checked > 200, "only " + checked + " districts read from the decree");
    }

    /**
     * The 34 resolutions of 16 June 2025 on commune mergers, one per new province, name the province in
     * their title ("… CẤP XÃ CỦA TỈNH LÀO CAI NĂM 2025"): together they are the 34 provinces after 1 July.
     */
    @Test
    void theThirtyFourProvincesAreThoseOfTheCommuneMergerResolutions() throws Exception {
        java.nio.file.Path dir = vbtrace.SharedData.require("data/assembly-2025");
        LocalDate july = LocalDate.of(2025, 7, 1);
        Set<AdminUnit> named = new HashSet<>();
        int resolutions = 0;
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.filter(p -> p.getFileName().toString().matches("16\\d\\d_NQ-UBTVQH15\\.md")).toList()) {
                String text = java.nio.file.Files.readString(f);
                java.util.regex.Matcher title = java.util.regex.Pattern.compile("(?i)cấp xã của").matcher(text);
                assertTrue(title.find(), f.toString());
                Gazetteer.Match m = g.scan(text.substring(title.end()), 2025).get(0);
                named.add(g.province(m.name(), july).orElseThrow(() -> new AssertionError(f + ": " + m)));
                resolutions++;
            }
        }
        assertEquals(34, resolutions);
        assertEquals(Set.copyOf(g.provinces(july)), named);
    }

    /**
     * Wherever ../shared/data names a district with its province right after it ("huyện Bảo Yên, tỉnh Lào
     * Cai", "huyện Đăk Hà thuộc tỉnh Kon Tum"), the gazetteer places the district in that province (or in
     * a province merged into it in 2025).
     */
    @Test
    void districtsNamedWithTheirProvinceInRealDocumentsAgree() throws Exception {
        java.nio.file.Path data = vbtrace.SharedData.require("data");
        List<String> disagreements = new java.util.ArrayList<>();
        int pairs = 0;
        try (var files = java.nio.file.Files.walk(data)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().matches(".*\\.(md|txt)")).toList()) {
                String text = java.nio.file.Files.readString(f);
                if (!text.contains(", tỉnh ") && !text.contains("thuộc tỉnh") && !text.contains("(tỉnh ")) continue;
                List<Gazetteer.Match> ms = g.scan(text, null);
                for (int i = 0; i + 1 < ms.size(); i++) {
                    Gazetteer.Match d = ms.get(i), p = ms.get(i + 1);
                    if (d.unit().isProvince() || !p.unit().isProvince()) continue;
                    if (!text.substring(d.end(), p.start()).matches("\\s*(?:,|\\(|thuộc)?\\s*")) continue;
                    pairs++;
                    boolean agrees = d.units().stream().anyMatch(u -> u.province().equals(p.name())
                            || g.current(u).map(c -> c.name().equals(p.name())).orElse(false));
                    if (!agrees) disagreements.add(f.getFileName() + ": " + d.text() + " / " + p.text());
                }
            }
        }
        assertEquals(List.of(), disagreements);
        assertTrue(pairs >= 50, "only " + pairs + " district-province pairs");
    }
}
