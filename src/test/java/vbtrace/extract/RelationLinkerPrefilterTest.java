package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cheap test before the governing-verb regex must let through every text the regex could match. */
class RelationLinkerPrefilterTest {
    @Test
    void letsThroughTextsEndingInAGoverningVerb() {
        assertTrue(RelationLinker.mayEndInVerb("tiep tuc trien khai thuc hien "));
        assertTrue(RelationLinker.mayEndInVerb("thuc hien co hieu qua cac "));
        assertTrue(RelationLinker.mayEndInVerb("thuc hien chi dao cua ban thuong vu tinh uy tai "));
        assertTrue(RelationLinker.mayEndInVerb("quy dinh chi tiet mot so dieu cua\t"));
        assertTrue(RelationLinker.mayEndInVerb("thi hanhcac "));
    }

    @Test
    void rejectsTextsEndingInOtherWords() {
        assertFalse(RelationLinker.mayEndInVerb("can cu "));
        assertFalse(RelationLinker.mayEndInVerb("theo quy dinh cua, "));
        assertFalse(RelationLinker.mayEndInVerb("ve viec ban hanh ke hoach cac "));
        assertFalse(RelationLinker.mayEndInVerb(""));
    }
}
