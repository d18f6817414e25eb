package vn.renluyen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dependency order of DESIGN.md: a feature may use only the features above it in this list. */
class ArchitectureTest {

    static final List<String> ORDER = List.of("base", "security", "members", "publishing", "curriculum", "stories",
            "news", "quiz", "completion", "admission", "content", "search", "shell");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.renluyen");

    @Test
    void featuresDependOnlyOnFeaturesAboveThem() {
        for (int i = 0; i < ORDER.size(); i++) {
            List<String> below = ORDER.subList(i + 1, ORDER.size());
            if (below.isEmpty()) {
                continue;
            }
            String[] belowPackages = below.stream().map(p -> "vn.renluyen." + p + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("vn.renluyen." + ORDER.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(belowPackages)
                    .allowEmptyShould(true)
                    .because("DESIGN.md: a package may use only those above it")
                    .check(CLASSES);
        }
    }

    /** The shell is the top of the UI (MainLayout and the error pages), so it may use every ui package. */
    @Test
    void nothingOutsideAUiPackageDependsOnAUiPackage() {
        noClasses().that().resideOutsideOfPackage("vn.renluyen..ui..")
                .and().resideOutsideOfPackage("vn.renluyen.shell..")
                .and(notTheSecurityConfig())
                .should().dependOnClassesThat().resideInAPackage("vn.renluyen..ui..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheShell() {
        noClasses().that().resideOutsideOfPackage("vn.renluyen.shell..")
                .should().dependOnClassesThat().resideInAPackage("vn.renluyen.shell..")
                .check(CLASSES);
    }

    @Test
    void noCyclesBetweenFeatures() {
        slices().matching("vn.renluyen.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** Security by default: a view without an access annotation would be refused, but it must say so itself. */
    @Test
    void everyViewDeclaresWhoMayOpenIt() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .should(com.tngtech.archunit.lang.conditions.ArchConditions.beAnnotatedWith(
                                com.vaadin.flow.server.auth.AnonymousAllowed.class)
                        .or(com.tngtech.archunit.lang.conditions.ArchConditions.beAnnotatedWith(
                                jakarta.annotation.security.PermitAll.class))
                        .or(com.tngtech.archunit.lang.conditions.ArchConditions.beAnnotatedWith(
                                jakarta.annotation.security.RolesAllowed.class))
                        .or(com.tngtech.archunit.lang.conditions.ArchConditions.beAnnotatedWith(
                                jakarta.annotation.security.DenyAll.class)))
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> notTheSecurityConfig() {
        return DescribedPredicate.describe("not SecurityConfig (it names the login view)",
                c -> !c.getName().equals("vn.renluyen.security.SecurityConfig"));
    }
}
