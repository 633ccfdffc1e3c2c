package org.bonemet.selection;

import java.util.List;

/**
 * The systemic treatments a profile may list as {@code currentTherapies}: substances by their international
 * non-proprietary name, and a few classes where a rule needs only the class. Rules name them by these slugs.
 */
public final class Therapies {

    /** Luteinising hormone-releasing hormone (LHRH, GnRH) analogues: the androgen deprivation radium-223 may be combined with. */
    public static final List<String> LHRH_ANALOGUES = List.of("leuprorelin", "goserelin", "triptorelin", "buserelin", "histrelin");

    public static final List<String> SLUGS = List.of(
            // androgen deprivation and androgen-receptor pathway
            "leuprorelin", "goserelin", "triptorelin", "buserelin", "histrelin", "degarelix", "relugolix", "abiraterone",
            "enzalutamide", "apalutamide", "darolutamide", "bicalutamide",
            // corticosteroids
            "prednisone", "prednisolone", "dexamethasone",
            // chemotherapy and other systemic anticancer treatment
            "docetaxel", "cabazitaxel", "olaparib", "lutetium-177-psma-617", "other-chemotherapy", "immune-checkpoint-inhibitor",
            "targeted-therapy",
            // endocrine treatment of breast cancer
            "tamoxifen", "aromatase-inhibitor", "fulvestrant", "cdk4-6-inhibitor",
            // bone-modifying agents and radiopharmaceuticals
            "zoledronic-acid", "pamidronate", "denosumab", "radium-223", "samarium-153", "strontium-89");

    private Therapies() {
    }
}
