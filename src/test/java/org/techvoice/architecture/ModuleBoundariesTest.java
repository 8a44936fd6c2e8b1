package org.techvoice.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.springframework.data.repository.Repository;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.persistence.Entity;

/** The package-by-feature rules of DEVELOPERS.md, checked on every build. */
@AnalyzeClasses(packages = "org.techvoice", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    private static final String ROOT = "org.techvoice";

    /** Issue 16's rule, kept in its own class but checked here: one import of the classes rather than two. */
    @ArchTest
    static final ArchTests embeddingOffTheAck = ArchTests.in(EmbeddingOffTheAck.class);

    @ArchTest
    static final ArchRule domainCodeNeverSeesSlackTypes = noClasses()
            .that().resideOutsideOfPackage("..slack..")
            .should().dependOnClassesThat().resideInAPackage("com.slack.api..")
            .because("only the Slack platform and each feature's slack adapter speak Slack; features stay testable without it");

    @ArchTest
    static final ArchRule domainCodeWritesNoSlackText = noClasses()
            .that().resideOutsideOfPackage("..slack..")
            .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".slack.Mrkdwn")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".slack.DateMarkup")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".slack.SlackMentions")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".slack.UserText")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".slack.SlackReplies")
            .because("the domain returns facts; the slack adapters write every word Slack shows, with its escaping, "
                    + "mentions, dates and emoji");

    @ArchTest
    static final ArchRule slackCodeNeverTouchesRepositories = noClasses()
            .that().resideInAPackage("..slack..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .because("listeners call feature services, which own their data");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule repositoriesAndEntitiesStayInsideTheirFeature = noClasses()
            .should(new ArchCondition<JavaClass>("use another feature's repositories or entities") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        boolean persistence = target.isAssignableTo(Repository.class) || target.isAnnotatedWith(Entity.class);
                        if (persistence && target.getPackageName().startsWith(ROOT)
                                && !feature(origin).equals(feature(target))) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    static String feature(JavaClass type) {
        String rest = type.getPackageName().length() > ROOT.length() ? type.getPackageName().substring(ROOT.length() + 1) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

}
