package org.idealoop.infrastructure.persistence;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Connector;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * With {@code idealoop.debug.statement-counts} on, hands EclipseLink the container's datasources wrapped
 * by {@link StatementCounts}, so every JPQL and native statement is counted. The container datasource
 * still hands out the connections, so JTA enlistment is unchanged. Off: does nothing.
 */
public class StatementCountingCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) throws NamingException {
        if (!StatementCounts.enabled()) {
            return;
        }
        wrap(session.getDatasourceLogin());
        if (session instanceof ServerSession server && server.getReadConnectionPool() != null) {
            wrap(server.getReadConnectionPool().getLogin()); // reads outside a transaction (non-JTA datasource)
        }
    }

    private static void wrap(Login login) throws NamingException {
        if (login instanceof DatasourceLogin datasourceLogin) {
            Connector connector = datasourceLogin.getConnector();
            if (connector instanceof JNDIConnector jndi) {
                DataSource dataSource = jndi.getDataSource() != null ? jndi.getDataSource()
                        : (DataSource) new InitialContext().lookup(jndi.getName());
                jndi.setDataSource(StatementCounts.counting(dataSource));
            }
        }
    }
}
