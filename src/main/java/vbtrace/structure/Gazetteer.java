package vbtrace.structure;

import java.util.List;
import java.util.Optional;

/**
 * Vietnamese administrative units before and after the 2025 reorganization (63 provinces with their
 * districts; 34 provinces after), loaded from a data file. Lookups ignore case, tone placement and
 * diacritics errors only where unambiguous.
 */
public final class Gazetteer {
    private static final Gazetteer STANDARD = new Gazetteer();

    public static Gazetteer standard() {
        return STANDARD;
    }

    /** Units with this name ("Bảo Yên", "Lạng Sơn"), valid in {@code year} when given. */
    public List<AdminUnit> find(String name, Integer year) {
        return List.of();
    }

    /** The province-level unit with this name valid in {@code year}. */
    public Optional<AdminUnit> province(String name, Integer year) {
        return Optional.empty();
    }

    /** The jurisdiction string for a unit ("tỉnh Lào Cai", "huyện Bảo Yên (tỉnh Lào Cai)"). */
    public String jurisdiction(AdminUnit unit) {
        return unit.jurisdiction("tỉnh");
    }
}
