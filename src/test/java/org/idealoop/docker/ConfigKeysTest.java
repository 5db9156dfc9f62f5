package org.idealoop.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.idealoop.infrastructure.config.IdealoopConfig;
import org.junit.jupiter.api.Test;

/** microprofile-config.properties lists exactly the keys the code names, so the compose check is complete. */
class ConfigKeysTest {

    @Test
    void propertiesFileListsEveryKeyOfTheCode() throws IOException, IllegalAccessException {
        Set<String> inCode = new TreeSet<>();
        for (Field field : IdealoopConfig.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                inCode.add((String) field.get(null));
            }
        }
        assertEquals(inCode, new TreeSet<>(ComposeConfigurationTest.applicationKeys()));
    }
}
