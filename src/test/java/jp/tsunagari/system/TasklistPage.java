package jp.tsunagari.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.tsunagari.system.CamundaFormSchema.Field;

/**
 * Camunda's Tasklist (an AngularJS application) as a user sees it: every action waits for what the user would wait
 * for, never for a fixed time. Selectors follow the 7.24 templates (AngularJS attributes) and form-js 1.8.7 ids.
 */
class TasklistPage {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Pattern TRANSLATION_KEY = Pattern.compile("[A-Z][A-Z0-9_]+");

	/** The application's login page, which serves the Tasklist too (one sign-in). */
	private static final By USERNAME = By.id("username");

	private static final By PASSWORD = By.id("password");

	private static final By SIGN_IN = By.cssSelector("form button[type='submit']");

	private static final By LOGIN_NOTICE = By.cssSelector("main p.notice");

	private static final By LOGIN_ERROR = By.cssSelector("main p.error");

	private static final By FILTERS = By.cssSelector("div.task-filter");

	private static final By CLAIM = By.cssSelector("section.task-card button.claim");

	private static final By FORM = By.cssSelector("section.task-card form.fjs-form");

	private static final By DISABLED_FORM = By.cssSelector("section.task-card .disabled-form");

	private static final By FIELD_ERROR = By.cssSelector(".fjs-form-field-error");

	private static final By NOTIFICATION = By.cssSelector(".page-notifications .alert");

	private static final By COMPLETE = By.cssSelector("section.task-card button[ng-click='complete()']");

	private static final By ERROR_NOTIFICATION = By.cssSelector(".page-notifications .alert-danger");

	private static final By ACCOUNT_MENU = By.cssSelector("li.account a.dropdown-toggle");

	private static final By SIGN_OUT = By.cssSelector("li.account li.logout a");

	private final WebDriver browser;

	private final String baseUrl;

	private final Path output;

	private final WebDriverWait wait;

	TasklistPage(WebDriver browser, String baseUrl, Path output) {
		this.browser = browser;
		this.baseUrl = baseUrl;
		this.output = output;
		this.wait = new WebDriverWait(browser, PATIENCE);
	}

	/**
	 * Opens the Tasklist as someone not signed in: the server sends the browser to the application's login page,
	 * which brings it back to the Tasklist after the sign-in.
	 */
	void open() {
		browser.get(baseUrl + "/camunda/app/tasklist/");
		waitForLoginPage();
	}

	/** The login page's sign-in button, as shown. */
	String signInLabel() {
		return text(browser.findElement(SIGN_IN));
	}

	/** The label of the login page's user-name field. */
	String usernameLabel() {
		return text(browser.findElement(By.cssSelector("label[for='username']")));
	}

	/** Signs in on the login page and waits for the Tasklist with the filters of the user. */
	void signIn(String user, String password) {
		submitLogin(user, password);
		wait.until(ExpectedConditions.visibilityOfElementLocated(FILTERS));
		settle();
	}

	/**
	 * Signs in to our own pages through the login form ({@code /login}) and waits for the page it leads to; the
	 * browser keeps the session for the pages opened next.
	 */
	void signInToOurPages(String user, String password) {
		browser.get(baseUrl + "/login");
		submitLogin(user, password);
	}

	/** Signs in on the login page shown now, wherever it leads (our start page, a page of ours). */
	void submitLogin(String user, String password) {
		fillLogin(user, password);
		wait.until(ExpectedConditions.invisibilityOfElementLocated(USERNAME));
	}

	/** Submits the login page shown now with credentials the server refuses; returns the error it shows then. */
	String submitRefusedLogin(String user, String password) {
		fillLogin(user, password);
		wait.until(ExpectedConditions.urlContains("/login?error"));
		return text(wait.until(ExpectedConditions.visibilityOfElementLocated(LOGIN_ERROR)));
	}

	private void fillLogin(String user, String password) {
		browser.findElement(USERNAME).sendKeys(user);
		browser.findElement(PASSWORD).sendKeys(password);
		browser.findElement(SIGN_IN).click();
	}

	/**
	 * Opens one of our own pages, signs in on the login page it sends an anonymous user to, and waits for the page.
	 */
	void signInToPage(String path, String user, String password) {
		browser.get(baseUrl + path);
		wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
		submitLogin(user, password);
		// Spring Security's saved request comes back as path?continue
		wait.until(ExpectedConditions.urlContains(baseUrl + path));
	}

	/** The label of the sign-out entry in the account menu (present but folded away until the menu opens). */
	String signOutLabel() {
		return translated(() -> text(browser.findElement(SIGN_OUT)));
	}

	/** Signs out in the Tasklist's account menu; the browser lands on the login page. */
	void signOut() {
		browser.findElement(ACCOUNT_MENU).click();
		wait.until(ExpectedConditions.elementToBeClickable(SIGN_OUT)).click();
		waitForLoginPage();
	}

	/** Signs out with the log-out button of our own pages; the browser lands on the login page. */
	void signOutOfOurPages() {
		browser.findElement(By.cssSelector("form[action$='/logout'] button[type='submit']")).click();
		waitForLoginPage();
	}

	/** Whether the login page is shown (the address is the application's login page, its form is there). */
	boolean showsLoginPage() {
		return browser.getCurrentUrl().startsWith(baseUrl + "/login") && !browser.findElements(USERNAME).isEmpty();
	}

	/** The notice the login page shows, e.g. after a sign-out; empty if none. */
	String loginNotice() {
		return browser.findElements(LOGIN_NOTICE).stream().map(TasklistPage::text).findFirst().orElse("");
	}

	/** Opens a page of the application (not the Tasklist) and returns its text, or the login page's. */
	String openPage(String path) {
		browser.get(baseUrl + path);
		wait.until(page -> "complete".equals(((JavascriptExecutor) page).executeScript("return document.readyState")));
		return browser.findElement(By.tagName("body")).getText();
	}

	/** Opens the Tasklist as someone signed in already: no login page, the filters at once. */
	void openSignedIn() {
		browser.get(baseUrl + "/camunda/app/tasklist/");
		wait.until(ExpectedConditions.visibilityOfElementLocated(FILTERS));
		settle();
	}

	private void waitForLoginPage() {
		wait.until(page -> page.getCurrentUrl().startsWith(baseUrl + "/login"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
	}

	List<String> filterNames() {
		return browser.findElements(FILTERS).stream().map(this::filterName).toList();
	}

	/** Focuses a filter by its name; the task list reloads for it. */
	void showFilter(String name) {
		WebElement filter = browser.findElements(FILTERS)
			.stream()
			.filter(candidate -> name.equals(filterName(candidate)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No filter " + name + " among " + filterNames()));
		filter.findElement(By.cssSelector("h4.name a")).click();
		wait.until(ExpectedConditions.attributeContains(filter, "class", "active"));
		// move the pointer off the filter, or its tooltip covers the screenshots
		new Actions(browser).moveToElement(browser.findElement(By.tagName("footer"))).perform();
		settle();
	}

	/** The number of tasks the focused filter counts, across all pages of the list. */
	int focusedFilterCount() {
		WebElement counter = browser.findElement(By.cssSelector("div.task-filter.active span.counter"));
		return Integer.parseInt(wait.until(page -> {
			String count = text(counter).replaceAll("[^0-9]", "");
			return count.isEmpty() ? null : count;
		}));
	}

	void waitUntilListed(String taskId) {
		wait.until(ExpectedConditions.visibilityOfElementLocated(taskLink(taskId)));
	}

	boolean isListed(String taskId) {
		return !browser.findElements(taskLink(taskId)).isEmpty();
	}

	/** The displayed variables on a listed task's card (the filter's {@code variables}), as "label: value". */
	List<String> cardVariables(String taskId) {
		return card(taskId).findElements(By.cssSelector(".variable-item"))
			.stream()
			.map(item -> text(item.findElement(By.cssSelector(".variable-label"))) + " "
					+ text(item.findElement(By.cssSelector(".variable-value"))))
			.toList();
	}

	/** A phone's width (375 px), as a member of staff on the move sees the page. */
	void showPhoneWidth() {
		browser.manage().window().setSize(new Dimension(375, 812));
		settle();
	}

	/** Opens a listed task and waits for its Camunda Form to render. */
	void openTask(String taskId) {
		// centred first: cards showing their whole title are taller, and the footer may cover the last one
		click(browser.findElement(taskLink(taskId)));
		wait.until(ExpectedConditions.visibilityOfElementLocated(FORM));
	}

	/**
	 * Opens a task by its address, as with a link someone sent, and returns the Tasklist's error notification:
	 * tasks of other departments are not found for this user.
	 */
	String openRefusedTask(String taskId) {
		browser.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(ERROR_NOTIFICATION));
		return text(error);
	}

	boolean showsForm() {
		return !browser.findElements(FORM).isEmpty();
	}

	/** Everything the rendered form says (labels, texts, options). */
	String formText() {
		return browser.findElement(FORM).getDomProperty("textContent");
	}

	/** The texts of the open form's elements matching a CSS selector, as shown. */
	List<String> formTexts(String selector) {
		return browser.findElement(FORM).findElements(By.cssSelector(selector)).stream().map(TasklistPage::text).toList();
	}

	/** The placeholders of the open form's inputs matching a CSS selector. */
	List<String> formPlaceholders(String selector) {
		return browser.findElement(FORM).findElements(By.cssSelector(selector)).stream()
			.map(input -> input.getDomAttribute("placeholder"))
			.toList();
	}

	/** Types a word no option has into a searchable select and returns what its list says instead. */
	String searchNoMatch(String componentId, String word) {
		WebElement search = centred(input(componentId));
		search.click();
		search.sendKeys(word);
		WebElement empty = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-dropdownlist-empty")));
		String text = text(empty);
		search.sendKeys(Keys.ESCAPE);
		search.clear();
		return text;
	}

	/** Opens a date field's calendar and returns its texts: weekday names, then the month list. */
	List<String> openDatePicker(String componentId) {
		click(input(componentId));
		WebElement calendar = wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
		return calendar.findElements(By.cssSelector(".flatpickr-weekday, .flatpickr-monthDropdown-month")).stream()
			.map(TasklistPage::text)
			.toList();
	}

	String taskTitle() {
		return text(browser.findElement(By.cssSelector("section.task-card h2.task")));
	}

	String claimLabel() {
		wait.until(ExpectedConditions.visibilityOfElementLocated(CLAIM));
		return translated(() -> text(browser.findElement(CLAIM)));
	}

	String completeLabel() {
		return translated(() -> text(browser.findElement(COMPLETE)));
	}

	/** Claims the open task; its form becomes editable. */
	void claim() {
		browser.findElement(CLAIM).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(CLAIM));
		wait.until(ExpectedConditions.numberOfElementsToBe(DISABLED_FORM, 0));
		settle();
	}

	/** Clicks the claim button of a task someone else has claimed meanwhile; returns the error notification. */
	String claimRefused() {
		browser.findElement(CLAIM).click();
		return text(wait.until(ExpectedConditions.visibilityOfElementLocated(ERROR_NOTIFICATION)));
	}

	/** Answers the open form, field by field, as a user would (clicks and typing), and checks that it kept them. */
	void fill(CamundaFormSchema form, Map<String, ?> answers) {
		answers.forEach((key, value) -> fill(form.field(key), value));
		answers.forEach((key, value) -> wait.until(page -> shows(form.field(key), value)));
	}

	private void fill(Field field, Object value) {
		switch (field.type()) {
			case "textfield", "textarea", "number" -> {
				WebElement input = centred(input(field.componentId()));
				input.clear();
				// form-js debounces typing and commits on blur: leave the field before touching the next one
				input.sendKeys(String.valueOf(value), Keys.TAB);
			}
			case "radio" -> click(input(field.componentId() + "-" + field.indexOf((String) value)));
			case "checklist" -> ((Collection<?>) value)
				.forEach(option -> click(input(field.componentId() + "-" + field.indexOf((String) option))));
			case "checkbox" -> {
				WebElement box = input(field.componentId());
				if (box.isSelected() != (Boolean) value) {
					click(box);
				}
			}
			case "select" -> {
				WebElement display = input(field.componentId() + "-display");
				click(display);
				String label = field.labelOf((String) value);
				WebElement select = display.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field-select')]"));
				click(select.findElement(
						By.xpath(".//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']")));
			}
			default -> throw new UnsupportedOperationException(
					"Filling a " + field.type() + " field (" + field.key() + ") is not implemented");
		}
	}

	private boolean shows(Field field, Object value) {
		return switch (field.type()) {
			case "textfield", "textarea", "number" ->
				String.valueOf(value).equals(input(field.componentId()).getDomProperty("value"));
			case "radio" -> input(field.componentId() + "-" + field.indexOf((String) value)).isSelected();
			case "checklist" -> ((Collection<?>) value).stream()
				.allMatch(option -> input(field.componentId() + "-" + field.indexOf((String) option)).isSelected());
			case "checkbox" -> input(field.componentId()).isSelected() == (Boolean) value;
			case "select" -> field.labelOf((String) value)
				.equals(input(field.componentId() + "-display").getDomProperty("textContent").trim());
			default -> false;
		};
	}

	/** Tries to complete the open task as it is and returns the validation messages the form shows instead. */
	List<String> validationMessages() {
		click(browser.findElement(COMPLETE));
		wait.until(ExpectedConditions.presenceOfElementLocated(FIELD_ERROR));
		// the Japanese messages replace form-js's English ones right after they appear
		wait.until(page -> page.findElements(FIELD_ERROR).stream().noneMatch(error -> error.getText().startsWith("Field")));
		List<String> messages = browser.findElements(FIELD_ERROR).stream().map(WebElement::getText).toList();
		// Tasklist also shows a notification that cannot be closed and, in the test's window, covers the complete
		// button for good (a person would scroll or resize): the test takes it away
		((JavascriptExecutor) browser).executeScript(
				"document.querySelectorAll('.page-notifications .alert').forEach(alert => alert.remove())");
		wait.until(ExpectedConditions.numberOfElementsToBe(NOTIFICATION, 0));
		return messages;
	}

	/** Completes the open task and waits until the Tasklist has taken it off the list. */
	void complete(String taskId) {
		click(browser.findElement(COMPLETE));
		wait.until(ExpectedConditions.invisibilityOfElementLocated(taskLink(taskId)));
	}

	void screenshot(String name) {
		write(name + ".png", ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	/** A screenshot at a phone's width (375 px), as staff may open our pages on a phone. */
	void screenshotAtPhoneWidth(String name) {
		Dimension usual = browser.manage().window().getSize();
		browser.manage().window().setSize(new Dimension(375, 812));
		try {
			wait.until(page -> ((Long) ((JavascriptExecutor) page).executeScript("return window.innerWidth")) <= 375);
			screenshot(name);
		}
		finally {
			browser.manage().window().setSize(usual);
		}
	}

	/**
	 * A screenshot of the open task with its whole form: the Tasklist scrolls the form inside its column, so the
	 * (headless) window grows to the form's height for the picture.
	 */
	void screenshotWholeForm(String name) {
		Dimension usual = browser.manage().window().getSize();
		long formHeight = (Long) ((JavascriptExecutor) browser)
			.executeScript("return Math.ceil(arguments[0].getBoundingClientRect().height)", browser.findElement(FORM));
		int height = (int) Math.min(usual.getHeight() + formHeight, 8000);
		browser.manage().window().setSize(new Dimension(usual.getWidth(), height));
		try {
			wait.until(page -> ((Long) ((JavascriptExecutor) page).executeScript("return window.innerHeight")) >= height
					- usual.getHeight() / 2);
			screenshot(name);
		}
		finally {
			browser.manage().window().setSize(usual);
		}
	}

	/** What a failing step leaves behind: the screen and the DOM. */
	void saveEvidence(String name) {
		screenshot(name);
		write(name + ".html", browser.getPageSource().getBytes(StandardCharsets.UTF_8));
	}

	private void write(String file, byte[] content) {
		try {
			Files.createDirectories(output);
			Files.write(output.resolve(file), content);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot write " + file, ex);
		}
	}

	/** Waits until AngularJS has no request or timeout outstanding (its own testability hook, as Protractor used). */
	private void settle() {
		((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				angular.getTestability(document.body).whenStable(() => done(true));
				""");
	}

	private WebElement input(String idSuffix) {
		// form-js ids are fjs-form-<random>-<component id>[-<option index>]
		return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='-" + idSuffix + "']")));
	}

	private void click(WebElement element) {
		wait.until(ExpectedConditions.elementToBeClickable(centred(element))).click();
	}

	/** Scrolls an element to the middle of the window, away from the Tasklist's fixed header and footer. */
	private WebElement centred(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		return element;
	}

	private WebElement card(String taskId) {
		return browser.findElement(taskLink(taskId)).findElement(By.xpath("./ancestor::li[contains(@class, 'task')]"));
	}

	private static By taskLink(String taskId) {
		return By.cssSelector("section.tasks-list li.task a[href='#/?task=" + taskId + "']");
	}

	private String filterName(WebElement filter) {
		// the link holds the name and, for the focused filter, a counter
		return ((String) ((JavascriptExecutor) browser).executeScript(
				"return arguments[0].querySelector('h4.name a').firstChild.textContent", filter))
			.trim();
	}

	/**
	 * A label once the application has translated it: angular-translate shows nothing or the key (PAGE_LOGIN_...)
	 * until its locale files have loaded.
	 */
	private String translated(Supplier<String> label) {
		return wait.until(page -> {
			String text = label.get();
			return text == null || text.isBlank() || TRANSLATION_KEY.matcher(text).matches() ? null : text;
		});
	}

	private static String text(WebElement element) {
		return element.getDomProperty("textContent").trim();
	}

}
