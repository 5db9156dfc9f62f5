package org.idealoop.domain.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.Arrays;
import java.util.List;

/** A unified diff of two texts, line by line (java-diff-utils), for moderators reading an edit history. */
public final class TextDiff {

    private TextDiff() {
    }

    public static String unified(String before, String after) {
        List<String> original = Arrays.asList(before.split("\\R", -1));
        List<String> revised = Arrays.asList(after.split("\\R", -1));
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff("before", "after", original,
                DiffUtils.diff(original, revised), 2);
        return String.join("\n", lines);
    }
}
