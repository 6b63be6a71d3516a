package vbtrace.structure;

/**
 * An administrative unit of the gazetteer.
 *
 * @param name     proper name without the kind word ("Lào Cai", "Bảo Yên")
 * @param kind     "tỉnh", "thành phố", "huyện", "thị xã", "quận" …
 * @param province the province (proper name) a district-level unit belongs to; null for a province
 * @param validFrom first year the unit existed in this form, null if before our data
 * @param validTo  last year (2025 for units merged by the 2025 reorganization), null if current
 */
public record AdminUnit(String name, String kind, String province, Integer validFrom, Integer validTo) {
    /** "tỉnh Lào Cai", or "huyện Bảo Yên (tỉnh Lào Cai)" as the extraction format writes it. */
    public String jurisdiction(String provinceKind) {
        return province == null ? kind + " " + name : kind + " " + name + " (" + provinceKind + " " + province + ")";
    }

    /** Province level: a tỉnh or a centrally-run city. */
    public boolean isProvince() {
        return province == null;
    }

    /** "tỉnh Lào Cai", "huyện Bảo Yên": the kind word and the name. */
    public String label() {
        return kind + " " + name;
    }

    /** Whether the unit existed at some time in {@code year}; any unit when year is null. */
    public boolean validIn(Integer year) {
        return year == null || ((validFrom == null || validFrom <= year) && (validTo == null || validTo >= year));
    }
}
