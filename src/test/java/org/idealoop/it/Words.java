package org.idealoop.it;

import java.util.concurrent.ThreadLocalRandom;

/** Made-up words, so that each test finds its own ideas and nothing else. */
final class Words {

    private Words() {
    }

    static String unique() {
        StringBuilder word = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
