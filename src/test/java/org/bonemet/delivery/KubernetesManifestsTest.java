package org.bonemet.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.utils.Serialization;

/**
 * Renders every kustomize overlay with kubectl and reads it with the Kubernetes models strictly: a misspelt
 * field ends up in a model's additional properties and fails the test. Then checks the pod policies.
 */
class KubernetesManifestsTest {

    private static List<HasMetadata> render(String dir) throws IOException, InterruptedException {
        assumeTrue(onPath("kubectl"), "needs kubectl (preinstalled on the CI machines)");
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", "k8s/" + dir).redirectErrorStream(true).start();
        String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor()).as(yaml).isZero();
        List<HasMetadata> resources = new ArrayList<>();
        for (String document : yaml.split("(?m)^---$")) {
            if (!document.isBlank()) {
                resources.add(Serialization.unmarshal(document));
            }
        }
        return resources;
    }

    @ParameterizedTest
    @ValueSource(strings = { "base", "overlays/dev", "overlays/prod" })
    void rendersWithoutUnknownFields(String dir) throws Exception {
        for (HasMetadata resource : render(dir)) {
            if (!(resource instanceof GenericKubernetesResource)) {
                assertNoUnknownFields(resource, resource.getKind() + "/" + resource.getMetadata().getName());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "base", "overlays/dev", "overlays/prod" })
    void podsRunRestrictedWithProbesAndLimits(String dir) throws Exception {
        List<HasMetadata> resources = render(dir);
        Deployment deployment = one(resources, Deployment.class);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(deployment.getSpec().getStrategy().getType()).isEqualTo("RollingUpdate");
        assertThat(pod.getTopologySpreadConstraints()).isNotEmpty();
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(pod.getTerminationGracePeriodSeconds()).isGreaterThan(20L);
        var container = pod.getContainers().get(0);
        assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/q/health/started");
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
        for (PodSpec spec : List.of(pod, one(resources, Job.class).getSpec().getTemplate().getSpec())) {
            assertThat(spec.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(spec.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            var c = spec.getContainers().get(0);
            assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
            assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(c.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
            assertThat(c.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(c.getResources().getLimits()).containsKey("memory");
            assertThat(c.getVolumeMounts()).anyMatch(m -> m.getMountPath().equals("/tmp"));
        }
        if (!dir.endsWith("dev")) {
            assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        }
        NetworkPolicy policy = one(resources, NetworkPolicy.class);
        assertThat(policy.getSpec().getIngress()).flatExtracting(r -> r.getPorts()).extracting(p -> p.getPort().getIntVal())
                .containsExactly(8080);
        assertThat(policy.getSpec().getEgress()).flatExtracting(r -> r.getPorts()).extracting(p -> p.getPort().getIntVal())
                .containsOnly(5432, 53);
        assertThat(resources).extracting(HasMetadata::getKind).contains("Service", "ConfigMap", "HorizontalPodAutoscaler",
                "NetworkPolicy", "Ingress", "ServiceAccount", "Job");
    }

    /** Forwarded addresses are believed from the ingress controller's network only, and in production only it can connect. */
    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void overlaysTrustOnlyTheIngressControllerAsProxy(String dir) throws Exception {
        List<HasMetadata> resources = render(dir);
        var config = resources.stream().filter(io.fabric8.kubernetes.api.model.ConfigMap.class::isInstance)
                .map(io.fabric8.kubernetes.api.model.ConfigMap.class::cast).filter(c -> c.getMetadata().getName().startsWith("bone-metastasis-api"))
                .findFirst().orElseThrow();
        assertThat(config.getData().get("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES")).matches("[0-9.]+/[0-9]+(,[0-9.]+/[0-9]+)*");
        if (dir.endsWith("prod")) {
            NetworkPolicy policy = one(resources, NetworkPolicy.class);
            assertThat(policy.getSpec().getIngress()).allSatisfy(rule -> assertThat(rule.getFrom()).isNotEmpty()
                    .allSatisfy(peer -> assertThat(peer.getNamespaceSelector().getMatchLabels()).containsKey("kubernetes.io/metadata.name")));
        }
    }

    private static boolean onPath(String command) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, command)));
    }

    private static <T> T one(List<HasMetadata> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** Walks the model graph; any additional property is a field the schema does not know. */
    private static void assertNoUnknownFields(Object node, String path) throws Exception {
        if (node == null || !node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value = getter.invoke(node);
            if (getter.getName().equals("getAdditionalProperties")) {
                assertThat((Map<?, ?>) value).as("unknown fields at " + path).isNullOrEmpty();
            } else if (value instanceof Collection<?> list) {
                for (Object item : list) {
                    assertNoUnknownFields(item, path + "." + getter.getName().substring(3));
                }
            } else if (value instanceof Map<?, ?> map) {
                for (Object item : map.values()) {
                    assertNoUnknownFields(item, path + "." + getter.getName().substring(3));
                }
            } else {
                assertNoUnknownFields(value, path + "." + getter.getName().substring(3));
            }
        }
    }
}
