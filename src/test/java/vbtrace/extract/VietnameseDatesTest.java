package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {
    private static List<String> iso(String text, int fallbackYear) {
        return VietnameseDates.find(TargetLexicon.matchingForm(text)).stream().map(d -> d.iso(fallbackYear)).toList();
    }

    @Test
    void forms() {
        assertEquals(List.of("2025-12-15"), iso("trước ngày 15/12/2025", 0));
        assertEquals(List.of("2025-12-15"), iso("trước ngày 15 tháng 12 năm 2025", 0));
        assertEquals(List.of("--11-30"), iso("trước ngày 30/11 hàng năm", 0));
        assertEquals(List.of("2022-11-30"), iso("trước ngày 30 tháng 11", 2022));
        assertEquals(List.of("2025-12"), iso("trong tháng 12/2025", 0));
        assertEquals(List.of("2025-06"), iso("trong tháng 6 năm 2025", 0));
        assertEquals(List.of("2025-12-31"), iso("trong Quý IV/2025", 0));
        assertEquals(List.of("2025-09-30"), iso("quý 3 năm 2025", 0));
        assertEquals(List.of("2025"), iso("Đến năm 2025", 0));
        assertEquals(List.of("---20"), iso("trước ngày 20 hằng tháng", 0));
        java.util.List<VietnameseDates.DateMention> bare = VietnameseDates.find(TargetLexicon.matchingForm("gửi Bộ Tài chính trước ngày 25 để tổng hợp"));
        assertEquals(1, bare.size());
        assertEquals(true, bare.get(0).dayOnly());
        assertEquals(null, bare.get(0).iso(2026), "a bare day is no date until a monthly recurrence makes it one");
        assertEquals("---25", bare.get(0).asMonthly().iso(0));
    }

    @Test
    void notDates() {
        assertEquals(List.of(), iso("giảm 3%/năm, 199/200 xã, Quyết định số 402/QĐ-TTg", 0));
        assertEquals(List.of(), iso("ngày 45/13/2025", 0));
    }
}
