import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container health check: exit 0 when the application answers 200 on a health endpoint.
 * <p>
 * Written in Java because the JRE base image promises no curl or wget (newer Temurin images dropped
 * them), and installing one only for this would add packages to patch. Compiled in the build stage;
 * the runtime image has no compiler.
 * <p>
 * Usage: {@code java -cp /app/healthcheck HealthCheck [path]}; the port comes from {@code PORT} like the
 * application's own {@code server.port}.
 */
public class HealthCheck {

	public static void main(String[] args) {
		String path = args.length > 0 ? args[0] : "/actuator/health/readiness";
		String port = System.getenv().getOrDefault("PORT", "8080");
		URI uri = URI.create("http://127.0.0.1:" + port + path);
		try {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(4)).GET().build();
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			// docker inspect keeps this line: it tells why a container is unhealthy
			System.out.println(uri + " -> " + response.statusCode() + " " + response.body());
			System.exit(response.statusCode() == 200 ? 0 : 1);
		}
		catch (Exception ex) {
			System.out.println(uri + " -> " + ex);
			System.exit(1);
		}
	}

}
