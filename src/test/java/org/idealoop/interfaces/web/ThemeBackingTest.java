package org.idealoop.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The visitor's pick wins over the install's default; the brand example stands in for light. */
class ThemeBackingTest {

    @Test
    void aValidPickWinsElseTheInstallDefault() {
        assertEquals("dark", ThemeBacking.mode("dark", "system"));
        assertEquals("system", ThemeBacking.mode(null, "system"));
        assertEquals("system", ThemeBacking.mode("purple", "system"));
        assertEquals("light", ThemeBacking.mode(null, "brand"));
        assertEquals("dark", ThemeBacking.mode("dark", "brand"));
    }

    @Test
    void theBrandExampleTakesTheLightSlotWhenItIsTheInstallDefault() {
        assertEquals("brand", ThemeBacking.lightTheme("brand"));
        assertEquals("light", ThemeBacking.lightTheme("system"));
        assertEquals("light", ThemeBacking.lightTheme("dark"));
    }
}
