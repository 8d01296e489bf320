package jp.tsunagari.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The inputs of the open task's Camunda Form as staff type into them (keys, then leaving the field), and what the
 * form keeps of them: the text the field shows, the refusal it prints, and form-js's data as the Tasklist's "save"
 * stores it in the browser (the same data "complete" submits).
 */
class TaskFormInputs {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final By SAVE = By.cssSelector("section.task-card button[ng-click='save($event)']");

	private static final By COMPLETE = By.cssSelector("section.task-card button[ng-click='complete()']");

	private final WebDriver browser;

	private final WebDriverWait wait;

	TaskFormInputs(WebDriver browser) {
		this.browser = browser;
		this.wait = new WebDriverWait(browser, PATIENCE);
	}

	/** Scrolls the field to the middle of the window (for a screenshot). */
	void scrollTo(String componentId) {
		script("arguments[0].scrollIntoView({block: 'center'})", input(componentId));
	}

	/** Empties the field, types the text key by key and leaves the field, as a person does. */
	void type(String componentId, String text) {
		scrollTo(componentId);
		WebElement input = input(componentId);
		input.click();
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		input.sendKeys(text);
		input.sendKeys(Keys.TAB);
	}

	/**
	 * Empties the field, puts the text in as the Japanese input method commits a conversion (one text insertion,
	 * no key presses) and leaves the field.
	 */
	void commitInputMethodText(String componentId, String text) {
		WebElement input = input(componentId);
		input.click();
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		script("document.execCommand('insertText', false, arguments[0])", text);
		input.sendKeys(Keys.TAB);
	}

	/** Empties the field and leaves it. */
	void clear(String componentId) {
		WebElement input = input(componentId);
		input.click();
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
		wait.until(page -> input.getDomProperty("value").isEmpty());
	}

	/** The text the field shows once it has settled on it. */
	String shown(String componentId, String expected) {
		WebElement input = input(componentId);
		try {
			brief().until(page -> expected.equals(input.getDomProperty("value")));
		}
		catch (TimeoutException ex) {
			// the assertion that follows names what the field shows instead
		}
		return input.getDomProperty("value");
	}

	String placeholder(String componentId) {
		return input(componentId).getDomAttribute("placeholder");
	}

	/** The messages printed under a field (form-js's own and ours), as shown. */
	List<String> messages(String componentId) {
		// the nearest form field around the input (groups are form fields too)
		WebElement field = input(componentId)
			.findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' fjs-form-field ')][1]"));
		return field.findElements(By.cssSelector(".fjs-form-field-error li"))
			.stream()
			.map(error -> error.getDomProperty("textContent").trim())
			.toList();
	}

	/** Waits until a field prints a message containing the given text, and returns all its messages. */
	List<String> messagesOnceShowing(String componentId, String part) {
		wait.until(page -> messages(componentId).stream().anyMatch(message -> message.contains(part)));
		return messages(componentId);
	}

	/** The messages under a field once they are gone (form-js checks again after a change), or those still shown. */
	List<String> messagesOnceNone(String componentId) {
		try {
			brief().until(page -> messages(componentId).isEmpty());
		}
		catch (TimeoutException ex) {
			// the assertion that follows names the messages
		}
		return messages(componentId);
	}

	/** Whether the Tasklist's complete button can be pressed (it is disabled while form-js refuses a value). */
	boolean completable() {
		return browser.findElement(COMPLETE).isEnabled();
	}

	/** Saves the form in the browser (Tasklist's 「保存」) and returns form-js's data for the task. */
	@SuppressWarnings("unchecked")
	Map<String, Object> savedData(String taskId) {
		WebElement save = wait.until(ExpectedConditions.elementToBeClickable(SAVE));
		script("arguments[0].scrollIntoView({block: 'center'})", save);
		save.click();
		// what the Tasklist keeps once the save went through (its button state lags on a busy machine)
		String json = wait.until(page -> (String) script("return localStorage.getItem(arguments[0])", "camunda-form:" + taskId));
		try {
			return new ObjectMapper().readValue(json, Map.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The saved form is no JSON: " + json, ex);
		}
	}

	/**
	 * Runs {@code readDate} of the Tasklist's date script (the module the Tasklist loaded, by its address) on each
	 * text and returns the ISO days it read ("" for none).
	 */
	@SuppressWarnings("unchecked")
	List<String> readDates(List<String> texts) {
		return (List<String>) ((JavascriptExecutor) browser).executeAsyncScript("""
				const [texts, done] = arguments;
				const url = performance.getEntriesByType('resource').map(entry => entry.name)
				  .find(name => name.includes('/scripts/form-dates-ja.js'));
				import(url).then(module => done(texts.map(text => {
				  const day = module.readDate(text);
				  return day ? [day.getFullYear(), day.getMonth() + 1, day.getDate()]
				    .map((part, i) => String(part).padStart(i ? 2 : 4, '0')).join('-') : '';
				})));
				""", texts);
	}

	/** A short wait, for a state that may not come (the assertion that follows says what came instead). */
	private WebDriverWait brief() {
		return new WebDriverWait(browser, Duration.ofSeconds(5));
	}

	private WebElement input(String idSuffix) {
		// form-js ids are fjs-form-<random>-<component id>[-date]
		return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='-" + idSuffix + "']")));
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

}
