package org.idealoop.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.idealoop.application.BlockedWordService;
import org.idealoop.interfaces.web.Pages;

/**
 * /admin/blocked-words: the refused words, searched and paged (?q=, ?page=), a form to add one and a
 * second step to confirm a removal. Refusals (blank, too long, listed already, two lines) are shown
 * beside the field by the DomainErrorHandler: the input's id is the API's field, {@code word}.
 */
@Named
@ViewScoped
public class BlockedWordsAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @Inject
    BlockedWordService blockedWords;

    private String q;
    private int page = 1;
    private String word;
    /** The word whose removal waits for confirmation. */
    private String removing;

    private transient List<String> matching;

    public void add() {
        String added = blockedWords.addBlockedWord(word);
        Pages.info("admin.words.added", added);
        word = null;
        matching = null;
    }

    public void askRemove(String blocked) {
        removing = blocked;
    }

    public void cancelRemove() {
        removing = null;
    }

    public void remove() {
        String gone = removing;
        removing = null;
        matching = null;
        blockedWords.removeBlockedWord(gone);
        Pages.info("admin.words.removed", gone);
    }

    /** The words containing the search text, in order. */
    public List<String> getMatching() {
        if (matching == null) {
            String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
            matching = blockedWords.blockedWords().stream().filter(w -> w.contains(text)).toList();
        }
        return matching;
    }

    /** This page's words. */
    public List<String> getWords() {
        List<String> all = getMatching();
        int from = Math.min(all.size(), (getPage() - 1) * PAGE_SIZE);
        return all.subList(from, Math.min(all.size(), from + PAGE_SIZE));
    }

    public int getPages() {
        return Math.max(1, (getMatching().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int getPage() {
        return Math.max(1, Math.min(page, getPages()));
    }

    public void setPage(int page) {
        this.page = page;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
        matching = null; // JSF reads the page (and so the list) before it sets the search text
    }

    /** The search text as it goes into the paging links. */
    public String getEncodedQ() {
        return q == null ? "" : java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getWord() {
        return word;
    }

    public void setWord(String word) {
        this.word = word;
    }

    public String getRemoving() {
        return removing;
    }
}
