package com.qincebridge.cli;

import java.io.PrintStream;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import com.qincebridge.http.MissingSettingException;
import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.erp.ErpClient;
import com.qincebridge.erp.ErpPage;
import com.qincebridge.erp.ErpProperties;
import com.qincebridge.erp.ErpQuery;
import com.qincebridge.http.ApiException;
import com.qincebridge.qince.QinceClient;
import com.qincebridge.qince.StatementCustomer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * {@code check}: proves the settings before a first run. Each part (database, Qince, each
 * ERP company) is checked even when an earlier one failed, so one run shows everything to
 * fix, then the JVM (with the advice of {@link JitAdvice}). Read-only on both APIs.
 */
@Component
class CheckCommand implements CliCommand {

	private final DataSource dataSource;

	private final ObjectProvider<Flyway> flyway;

	private final ErpProperties erpProperties;

	private final ObjectProvider<ErpClient> erpClient;

	private final ObjectProvider<QinceClient> qinceClient;

	CheckCommand(DataSource dataSource, ObjectProvider<Flyway> flyway, ErpProperties erpProperties,
			ObjectProvider<ErpClient> erpClient, ObjectProvider<QinceClient> qinceClient) {
		this.dataSource = dataSource;
		this.flyway = flyway;
		this.erpProperties = erpProperties;
		this.erpClient = erpClient;
		this.qinceClient = qinceClient;
	}

	@Override
	public Command command() {
		return Command.CHECK;
	}

	@Override
	public int run(ApplicationArguments args) throws Exception {
		PrintStream out = System.out;
		List<String> missing = new ArrayList<>();
		boolean ok = checkDatabase(out);
		out.println(JitAdvice.current());
		ok &= check(out, missing, "Qince", this::checkQince);
		ok &= check(out, missing, "zhixdl", this::checkErp);
		if (!missing.isEmpty()) {
			missing.forEach((message) -> System.err.println("check: " + message));
			return ExitStatus.CONFIGURATION;
		}
		out.println(ok ? "All checks passed." : "Some checks FAILED (see above).");
		return ok ? ExitStatus.OK : ExitStatus.FAILED;
	}

	private boolean checkDatabase(PrintStream out) throws Exception {
		String database = JdbcUtils.extractDatabaseMetaData(this.dataSource,
				(DatabaseMetaData meta) -> meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
		// Flyway's own reading: the text column's MAX would put 9 after 29
		Flyway flyway = this.flyway.getIfAvailable();
		String schema = "unknown (Flyway is off)";
		if (flyway != null) {
			MigrationInfo current = flyway.info().current();
			schema = (current != null) ? current.getVersion().getVersion() : "none";
		}
		out.println("Database: " + database + ", schema version " + schema);
		return true;
	}

	private String checkQince() {
		List<StatementCustomer> customers = this.qinceClient.getObject().getCustomers();
		return "getCustomers answered with " + customers.size() + " statement customers";
	}

	private String checkErp() {
		ErpClient client = this.erpClient.getObject();
		StringBuilder answer = new StringBuilder();
		for (String company : this.erpProperties.requireCompanyCodes()) {
			ErpPage<?> page = client.query(ErpBusinessType.FB_RECEIVABLE, ErpQuery.of(company).withLimit(1));
			answer.append(String.format("%n  company %s: %d receivable lines (应收单明细)", company, page.totalItems()));
		}
		return "query answered" + answer;
	}

	private static boolean check(PrintStream out, List<String> missing, String part, Supplier<String> probe) {
		try {
			out.println(part + ": " + probe.get());
			return true;
		}
		catch (ApiException ex) {
			out.println(part + ": FAILED " + ex.getMessage());
			return false;
		}
		catch (RuntimeException ex) {
			MissingSettingException setting = MissingSettingException.causing(ex).orElseThrow(() -> ex);
			out.println(part + ": not configured");
			missing.add(setting.getMessage());
			return false;
		}
	}

}
