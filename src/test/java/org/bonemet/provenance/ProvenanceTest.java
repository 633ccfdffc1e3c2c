package org.bonemet.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.bonemet.provenance.Provenance.Record;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvenanceTest {

    @ParameterizedTest(name = "{0} {1} doi={2} pmid={3}")
    @CsvSource(nullValues = "-", value = {
            "trial, https://doi.org/10.1016/S0140-6736(05)66954-1, 10.1016/S0140-6736(05)66954-1, 16112300",
            "trial, https://pubmed.ncbi.nlm.nih.gov/16112300/, -, 16112300",
            "meta-analysis, https://pmc.ncbi.nlm.nih.gov/articles/PMC3691016/, 10.1002/cam4.56, -",
            "guideline, https://www.nice.org.uk/guidance/ng234, -, -",
            "guideline, https://doi.org/10.1016/j.annonc.2020.07.019, 10.1016/j.annonc.2020.07.019, -",
            "drug-label, https://www.ema.europa.eu/en/medicines/human/EPAR/xgeva, -, -",
            "code-system, https://icd.who.int/browse10/2019/en, -, -",
            "web-page, https://www.cancer.org/cancer/managing-cancer/advanced-cancer/bone-metastases.html, -, -",
            "web-page, https://www.christie.nhs.uk/patients-and-visitors, -, -" })
    void acceptsCanonicalRecords(String kind, String url, String doi, String pmid) {
        assertThat(Provenance.problems(new Record(kind, url, doi, pmid))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}: {4}")
    @CsvSource(nullValues = "-", value = {
            "trial, https://pro.uptodatefree.ir/Show/119111, 10.3171/2010.3.SPINE09459, -, not an accepted canonical source",
            "web-page, https://www.droracle.ai/articles/299856, -, -, not an accepted canonical source",
            "web-page, https://bibliotheek.ehb.be:2400/topics/en-gb/1204/criteria, -, -, not an accepted canonical source",
            "review, https://studylib.net/doc/8179203, -, -, doi or pmid is required",
            "guideline, https://www.guidelinecentral.com/guideline/7420/, 10.1200/JCO.2017.75.4614, -, not an accepted canonical source",
            "trial, https://doi.org/10.1000/another, 10.1016/j.ejca.2012.08.004, -, followed by the record's doi",
            "trial, https://pubmed.ncbi.nlm.nih.gov/1/, -, 16112300, followed by the record's pmid",
            "trial, http://www.ncbi.nlm.nih.gov/pubmed/15145173, -, 15145173, https URL",
            "trial, https://doi.org/doi:10.1/x, doi:10.1/x, -, doi must look like",
            "trial, https://pubmed.ncbi.nlm.nih.gov/PMC1/, -, PMC1, pmid must be the PubMed id",
            "textbook, -, -, -, url is required" })
    void refusesCopiesAndRecordsWithoutIdentifiers(String kind, String url, String doi, String pmid, String problem) {
        assertThat(Provenance.problems(new Record(kind, url, doi, pmid))).anySatisfy(p -> assertThat(p).contains(problem));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(nullValues = "-", value = {
            "Recommendation 1.8.1, guideline-recommendation, true",
            "Section 4.3 (SmPC), label, true",
            "Table 2, rct, true",
            "Abstract (Findings), rct, true",
            "Entry C79.51, classification, true",
            "see the guideline, guideline-recommendation, false",
            "-, cohort, false",
            "Table 2, hearsay, false",
            "Table 2, -, false" })
    void aStatementSaysWhereInTheSourceItStandsAndWhatKindOfEvidenceItIs(String locator, String evidenceType, boolean valid) {
        assertThat(Provenance.statementProblems(locator, evidenceType).isEmpty()).isEqualTo(valid);
    }
}
