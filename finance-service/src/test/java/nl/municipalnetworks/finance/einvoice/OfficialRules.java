package nl.municipalnetworks.finance.einvoice;

import com.helger.diagnostics.error.IError;
import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.simplerinvoicing.SimplerInvoicingValidation;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The official rule sets an e-invoice of the networks must pass, run through phive (test scope only): the UBL 2.1
 * schema with the EN 16931 business rules (CEN/TC 434 schematron, UBL binding) and the NLCIUS as SI-UBL 2.0
 * (Simplerinvoicing's schematron for the Dutch CIUS). Each answers its errors and its warnings.
 */
public final class OfficialRules {

    /** EN 16931 for UBL (CEN's validation artefacts 1.3.16). */
    public static final DVRCoordinate EN16931_UBL = EN16931Validation.VID_UBL_INVOICE_1316;
    /** NLCIUS / SI-UBL 2.0 (Simplerinvoicing 2.0.3.12). */
    public static final DVRCoordinate NLCIUS_UBL = SimplerInvoicingValidation.VID_SI_INVOICE_V2_0_3_12;

    private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY = registry();

    private OfficialRules() {
    }

    /** What one rule set found: the messages of its errors and of its warnings. */
    public record Findings(String ruleSet, List<String> errors, List<String> warnings) {
    }

    private static ValidationExecutorSetRegistry<IValidationSourceXML> registry() {
        ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
        EN16931Validation.initEN16931(registry);
        SimplerInvoicingValidation.initSimplerInvoicing(registry);
        return registry;
    }

    /** Both rule sets over the document; what they found is printed, so that a test run lists every warning. */
    public static List<Findings> check(byte[] xml) {
        return check(xml, true);
    }

    private static List<Findings> check(byte[] xml, boolean summary) {
        List<Findings> all = List.of(check(EN16931_UBL, xml), check(NLCIUS_UBL, xml));
        for (Findings f : all) {
            if (summary || !f.errors().isEmpty() || !f.warnings().isEmpty()) {
                System.out.printf("[e-invoice rules] %s: %d errors, %d warnings%n", f.ruleSet(), f.errors().size(), f.warnings().size());
            }
            f.warnings().forEach(w -> System.out.println("[e-invoice rules]   warning: " + w));
            f.errors().forEach(w -> System.out.println("[e-invoice rules]   ERROR: " + w));
        }
        return all;
    }

    /** As {@link #errors}, printing only what the rule sets found (for many documents at once). */
    public static List<String> errorsQuietly(byte[] xml) {
        return errors(check(xml, false));
    }

    /** The errors of every rule set, each prefixed with its rule set: empty when the document passes. */
    public static List<String> errors(byte[] xml) {
        return errors(check(xml));
    }

    private static List<String> errors(List<Findings> findings) {
        List<String> errors = new ArrayList<>();
        for (Findings f : findings) {
            f.errors().forEach(e -> errors.add(f.ruleSet() + ": " + e));
        }
        return errors;
    }

    /** The warnings of every rule set (advice such as the NLCIUS's "not recommended"), each prefixed likewise. */
    public static List<String> warnings(byte[] xml) {
        List<String> warnings = new ArrayList<>();
        for (Findings f : List.of(check(EN16931_UBL, xml), check(NLCIUS_UBL, xml))) {
            f.warnings().forEach(w -> warnings.add(f.ruleSet() + ": " + w));
        }
        return warnings;
    }

    static Findings check(DVRCoordinate ruleSet, byte[] xml) {
        IValidationExecutorSet<IValidationSourceXML> executors = REGISTRY.getOfID(ruleSet);
        if (executors == null) {
            throw new IllegalStateException("rule set " + ruleSet.getAsSingleID() + " is not registered");
        }
        ValidationResultList results = ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(),
                executors, ValidationSourceXML.create("invoice.xml", parse(xml)));
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        results.forEachFlattened(error -> {
            if (error.isError()) {
                errors.add(describe(error));
            } else if (error.isFailure()) {
                warnings.add(describe(error));
            }
        });
        return new Findings(executors.getDisplayName(), errors, warnings);
    }

    private static String describe(IError error) {
        return (error.getErrorID() == null ? "" : "[" + error.getErrorID() + "] ")
                + error.getErrorText(java.util.Locale.ROOT)
                + (error.hasErrorFieldName() ? " at " + error.getErrorFieldName() : "");
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException("not well-formed XML", e);
        }
    }
}
