package org.idealoop.interfaces.web.insights;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.idealoop.application.ProductService;
import org.idealoop.application.StoryService;
import org.idealoop.domain.product.Product;
import org.idealoop.domain.story.StoryComment;
import org.idealoop.domain.story.StoryKind;
import org.idealoop.domain.story.StoryView;
import org.idealoop.domain.text.RichText;
import org.idealoop.interfaces.web.Pages;

/**
 * /stories: customer stories, newest first (of one product with ?product=, or one story with ?id=),
 * with "me too", and the form to tell one. An unknown product or story is a 404 (the page's error
 * handler turns the service's NotFoundException into one); a refused story shows its message beside
 * the field.
 */
@Named
@RequestScoped
public class StoriesBacking {

    @Inject
    StoryService storyService;

    @Inject
    ProductService products;

    private String product;
    private Long id;
    private List<StoryView> stories;
    private Product current;

    private String tellProduct;
    private String kind;
    private String title;
    private String body;
    private Integer stars;

    /** The view action: the product or story asked for exists (or the page is a 404). */
    public void load() {
        getCurrent();
        getStories();
    }

    public List<StoryView> getStories() {
        if (stories == null) {
            stories = id != null ? List.of(storyService.story(id)) : storyService.stories(product, null, 50);
        }
        return stories;
    }

    public void tell() {
        StoryView story = storyService.tell(tellProduct, kind, title, body, stars);
        Pages.info("stories.told", story.title());
        kind = null;
        title = null;
        body = null;
        stars = null;
        stories = null;
    }

    public void meToo(long storyId) {
        storyService.meToo(storyId);
        stories = null;
    }

    /** The product the page is narrowed to, if any. */
    public Product getCurrent() {
        if (current == null && product != null && !product.isBlank()) {
            current = products.product(product);
        }
        return current;
    }

    public List<Product> getProducts() {
        return products.products();
    }

    public String productName(String slug) {
        return products.products().stream().filter(p -> p.slug().equals(slug)).map(Product::name).findFirst().orElse(slug);
    }

    public List<String> getKinds() {
        return Arrays.stream(StoryKind.values()).map(StoryKind::id).toList();
    }

    public List<Integer> getStarChoices() {
        return List.of(1, 2, 3, 4, 5);
    }

    public String html(String markdown) {
        return RichText.toSafeHtml(markdown);
    }

    public List<StoryComment> comments(StoryView story) {
        return storyService.comments(story.id());
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

    /** The product of the story being told: the page's product until the member picks another. */
    public String getTellProduct() {
        return tellProduct != null ? tellProduct : getCurrent() == null ? null : getCurrent().slug();
    }

    public void setTellProduct(String tellProduct) {
        this.tellProduct = tellProduct;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }
}
