package org.idealoop.interfaces.web.insights;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.idealoop.application.InsightService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.insight.Product;
import org.idealoop.domain.insight.Story;
import org.idealoop.domain.text.RichText;
import org.idealoop.interfaces.web.Pages;

/** /stories: customer stories, newest first (or one, with ?id=), with "me too". */
@Named
@RequestScoped
public class StoriesBacking {

    @Inject
    InsightService insights;

    private String product;
    private Long id;
    private List<Story> stories;

    public List<Story> getStories() {
        if (stories == null) {
            try {
                stories = id != null ? List.of(insights.story(id)) : insights.stories(product, null, 50);
            } catch (NotFoundException | InvalidFieldException e) {
                stories = List.of();
            }
        }
        return stories;
    }

    public List<Product> getProducts() {
        return insights.products();
    }

    public String html(String markdown) {
        return RichText.toSafeHtml(markdown);
    }

    public List<org.idealoop.domain.insight.InsightRepository.StoryComment> comments(Story story) {
        return insights.comments(story.id());
    }

    public void meToo(long storyId) {
        try {
            insights.meToo(storyId);
            stories = null;
        } catch (InvalidFieldException e) {
            Pages.error(e.messageKey());
        } catch (RuntimeException e) {
            Pages.error("auth.required");
        }
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
