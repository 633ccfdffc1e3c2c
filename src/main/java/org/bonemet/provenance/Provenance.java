package org.bonemet.provenance;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The provenance policy: a reference is the canonical record of its primary source, and a statement says where
 * in that source it stands and what kind of evidence it is. Journal articles are identified by DOI and/or PMID
 * and linked through the DOI resolver, PubMed or PMC; guidelines, labels, code systems and patient pages link to
 * the body that issues them. Everything else (mirrors, proxies, AI answer sites, blogs, content farms, news
 * and teaching sites, copies of paywalled texts) is refused, because a clinician checking a statement must
 * land on the source of record.
 */
public final class Provenance {

    public static final List<String> EVIDENCE_TYPES = List.of("guideline-recommendation", "label", "rct", "meta-analysis", "cohort",
            "case-series", "expert-opinion", "classification");

    /** The words a locator starts with: it points into the source, it does not describe it. */
    public static final Pattern LOCATOR = Pattern.compile("(Abstract|Introduction|Methods|Results|Discussion|Conclusions?|Sections?|Tables?"
            + "|Figures?|Box|Appendix|Chapter|Pages?|Recommendations?|Entry)\\b.{0,200}");

    static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    static final Pattern PMID = Pattern.compile("[1-9]\\d{0,8}");

    private static final Set<String> ARTICLE_KINDS = Set.of("trial", "meta-analysis", "review");
    private static final Set<String> RECORD_HOSTS = Set.of("doi.org", "pubmed.ncbi.nlm.nih.gov", "pmc.ncbi.nlm.nih.gov");
    private static final Set<String> GUIDELINE_HOSTS = Set.of("www.nice.org.uk", "www.esmo.org", "www.asco.org", "www.astro.org",
            "www.cirse.org", "www.eanm.org", "www.acr.org", "acsearch.acr.org", "www.gov.scot", "www.who.int", "www.cancer.gov",
            "www.ema.europa.eu");
    private static final Set<String> LABEL_HOSTS = Set.of("www.ema.europa.eu", "ec.europa.eu", "www.accessdata.fda.gov", "api.fda.gov",
            "dailymed.nlm.nih.gov");
    private static final Set<String> CODE_SYSTEM_HOSTS = Set.of("icd.who.int", "www.who.int", "www.cdc.gov", "ftp.cdc.gov", "www.cms.gov",
            "loinc.org", "www.snomed.org", "browser.ihtsdotools.org", "meshb.nlm.nih.gov", "www.nlm.nih.gov", "ncit.nci.nih.gov",
            "evsexplore.semantics.cancer.gov", "uts.nlm.nih.gov", "ctep.cancer.gov", "dctd.cancer.gov");
    private static final Set<String> ISSUER_PAGE_HOSTS = Set.of("www.cancer.org", "www.nhs.uk", "www.cancer.gov", "www.nice.org.uk",
            "www.gov.scot", "www.cancerresearchuk.org", "www.macmillan.org.uk");

    private Provenance() {
    }

    /** A reference record as far as the policy reads it. */
    public record Record(String kind, String url, String doi, String pmid) {
    }

    /** Every way the record breaks the policy, each message starting with the field it is about. */
    public static List<String> problems(Record record) {
        List<String> problems = new ArrayList<>();
        if (record.doi() != null && !DOI.matcher(record.doi()).matches()) {
            problems.add("doi must look like 10.<registrant>/<suffix>, without a resolver prefix (was " + record.doi() + ")");
        }
        if (record.pmid() != null && !PMID.matcher(record.pmid()).matches()) {
            problems.add("pmid must be the PubMed id, digits only (was " + record.pmid() + ")");
        }
        boolean article = ARTICLE_KINDS.contains(record.kind()) || "textbook".equals(record.kind());
        if (article && record.doi() == null && record.pmid() == null) {
            problems.add("doi or pmid is required: a " + record.kind() + " is cited by its DOI and/or PubMed id");
        }
        if (record.url() == null) {
            problems.add("url is required: the canonical record a reader can open");
            return problems;
        }
        String host = host(record.url());
        if (host == null || !record.url().startsWith("https://")) {
            problems.add("url must be an https URL (was " + record.url() + ")");
            return problems;
        }
        if (RECORD_HOSTS.contains(host)) {
            recordUrl(record, host).ifPresent(problems::add);
            return problems;
        }
        Set<String> issuers = switch (record.kind() == null ? "" : record.kind()) {
            case "guideline" -> GUIDELINE_HOSTS;
            case "drug-label" -> LABEL_HOSTS;
            case "code-system" -> CODE_SYSTEM_HOSTS;
            case "web-page" -> ISSUER_PAGE_HOSTS;
            default -> Set.of();
        };
        if (!issuers.contains(host) && !(record.kind() != null && record.kind().equals("web-page") && host.endsWith(".nhs.uk"))) {
            problems.add("url host " + host + " is not an accepted canonical source for a " + record.kind()
                    + (article ? ": link the DOI resolver, PubMed or PMC" : ": link the issuing body's own page")
                    + " (mirrors, proxies, AI answer sites, blogs, content farms and summaries are not cited)");
        }
        return problems;
    }

    /** A DOI, PubMed or PMC link must lead to this record, not to another article. */
    private static Optional<String> recordUrl(Record record, String host) {
        String path = URI.create(record.url()).getPath();
        return switch (host) {
            case "doi.org" -> record.doi() != null && path.equalsIgnoreCase("/" + record.doi()) ? Optional.empty()
                    : Optional.of("url on doi.org must be https://doi.org/ followed by the record's doi");
            case "pubmed.ncbi.nlm.nih.gov" -> record.pmid() != null && path.replaceAll("/+$", "").equals("/" + record.pmid())
                    ? Optional.empty() : Optional.of("url on PubMed must be https://pubmed.ncbi.nlm.nih.gov/ followed by the record's pmid");
            default -> path.matches("/articles/PMC\\d+/?") ? Optional.empty()
                    : Optional.of("url on PMC must be https://pmc.ncbi.nlm.nih.gov/articles/PMC<number>/");
        };
    }

    /** Every way a statement's locator and evidence type break the policy, each message starting with its field. */
    public static List<String> statementProblems(String locator, String evidenceType) {
        List<String> problems = new ArrayList<>();
        if (locator == null || locator.isBlank()) {
            problems.add("locator is required: where in the source the statement stands (section, table, figure, page)");
        } else if (!LOCATOR.matcher(locator).matches()) {
            problems.add("locator must start with Abstract, Section, Table, Figure, Page, Recommendation, Entry or a similar part of the"
                    + " source, and be at most 200 characters more (was '" + locator + "')");
        }
        if (evidenceType == null || !EVIDENCE_TYPES.contains(evidenceType)) {
            problems.add("evidenceType must be one of " + String.join(", ", EVIDENCE_TYPES) + " (was " + evidenceType + ")");
        }
        return problems;
    }

    private static String host(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
