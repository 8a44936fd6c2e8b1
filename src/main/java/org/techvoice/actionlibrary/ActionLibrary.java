package org.techvoice.actionlibrary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeCatalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The action library, read once from {@value #RESOURCE} and checked at start-up: a template naming an unknown theme
 * or Appendix A activity, with too few concerns or steps, or a timescale beyond the 24-month plan stops start-up with
 * the template's id, so a typo never reaches a proposal.
 */
@Component
public class ActionLibrary {

    static final String RESOURCE = "actionlibrary/action-templates.json";

    /** The self-assessment's plan runs 24 months; no typical timescale may exceed it. */
    static final int PLAN_MONTHS = 24;

    private final Map<String, ActionTemplate> byId;

    @org.springframework.beans.factory.annotation.Autowired
    public ActionLibrary(ThemeCatalogue catalogue) {
        this(catalogue, ActionLibrary.class.getClassLoader().getResourceAsStream(RESOURCE));
    }

    ActionLibrary(ThemeCatalogue catalogue, InputStream json) {
        if (json == null) {
            throw new IllegalStateException("The action library " + RESOURCE + " is missing from the classpath");
        }
        try (json) {
            LibraryFile file = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json, LibraryFile.class);
            this.byId = check(catalogue, file);
        } catch (IOException e) {
            throw new UncheckedIOException("The action library " + RESOURCE + " could not be read", e);
        }
    }

    /** Every template, in the file's order. */
    public List<ActionTemplate> templates() {
        return List.copyOf(byId.values());
    }

    public Optional<ActionTemplate> template(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The templates serving a theme, in the file's order. */
    public List<ActionTemplate> templatesFor(Theme theme) {
        return byId.values().stream().filter(template -> template.serves(theme)).toList();
    }

    /** The templates answering an Appendix A activity, in the file's order. */
    public List<ActionTemplate> templatesAnswering(String activityId) {
        return byId.values().stream().filter(template -> template.activityIds().contains(activityId)).toList();
    }

    private static Map<String, ActionTemplate> check(ThemeCatalogue catalogue, LibraryFile file) {
        if (file.templates() == null || file.templates().isEmpty()) {
            throw new IllegalStateException("The action library has no templates");
        }
        Map<String, ActionTemplate> templates = new LinkedHashMap<>();
        for (TemplateJson entry : file.templates()) {
            ActionTemplate template = entry.toTemplate(catalogue);
            if (templates.putIfAbsent(template.id(), template) != null) {
                throw new IllegalStateException("Action template " + template.id() + " appears twice");
            }
        }
        return templates;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LibraryFile(List<TemplateJson> templates) {
    }

    record MeasureJson(String pattern, String target) {
    }

    record TemplateJson(String id, String topic, List<String> concerns, List<String> themes, List<String> activities,
            String owner, Integer months, List<String> steps, MeasureJson measure, Integer agreeTarget, List<String> measuredBy) {

        ActionTemplate toTemplate(ThemeCatalogue catalogue) {
            String name = isBlank(id) ? "(without an id)" : id;
            require(!isBlank(id) && id.matches("[a-z0-9-]+"), name, "an id of lower-case letters, digits and hyphens");
            require(!isBlank(topic), name, "a topic");
            require(concerns != null && concerns.size() >= 2 && concerns.size() <= 3
                    && concerns.stream().noneMatch(ActionLibrary::isBlank), name, "2 or 3 concerns");
            require(themes != null && !themes.isEmpty(), name, "at least one theme");
            List<Theme> parsedThemes = new ArrayList<>();
            for (String theme : themes) {
                parsedThemes.add(theme(theme, name));
            }
            require(activities != null, name, "a list of Appendix A activities (empty only for Evaluating Impact)");
            Set<String> seen = new HashSet<>();
            for (String activity : activities) {
                require(catalogue.activity(activity).isPresent(), name, "known Appendix A activities, not '" + activity + "'");
                require(seen.add(activity), name, "each activity once, not '" + activity + "' twice");
            }
            require(!activities.isEmpty() || parsedThemes.contains(Theme.EVALUATING_IMPACT), name,
                    "at least one Appendix A activity (only Evaluating Impact actions may have none)");
            require(!isBlank(owner), name, "a typical owner");
            require(months != null && months >= 1 && months <= PLAN_MONTHS, name, "a timescale of 1 to " + PLAN_MONTHS + " months");
            require(steps != null && !steps.isEmpty() && steps.stream().noneMatch(ActionLibrary::isBlank), name, "sub-steps");
            require(measure != null && !isBlank(measure.pattern()) && !isBlank(measure.target()), name, "a success measure and its target");
            require(measure.pattern().contains(SuccessMeasure.BASELINE) && measure.pattern().contains(SuccessMeasure.TARGET), name,
                    "a success measure with " + SuccessMeasure.BASELINE + " and " + SuccessMeasure.TARGET);
            require(agreeTarget != null && agreeTarget > 0 && agreeTarget <= 100, name, "an agreement target between 1 and 100");
            require(measuredBy == null || measuredBy.stream().allMatch(key -> key != null && key.matches("[a-z]+\\.[a-z-]+")), name,
                    "survey question keys such as baseline.career-progress in measuredBy");
            return new ActionTemplate(id, topic, concerns, parsedThemes, activities, owner, months, steps,
                    new SuccessMeasure(measure.pattern(), measure.target()), agreeTarget, measuredBy);
        }

        private static Theme theme(String name, String template) {
            try {
                return Theme.valueOf(name);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalStateException("Action template " + template + " names an unknown theme '" + name + "'");
            }
        }

        private static void require(boolean condition, String template, String what) {
            if (!condition) {
                throw new IllegalStateException("Action template " + template + " needs " + what);
            }
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
