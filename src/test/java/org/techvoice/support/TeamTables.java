package org.techvoice.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/** Every table of the schema that holds a workspace's rows (it has a {@code team_id} column), read by team. */
public final class TeamTables {

    private final JdbcTemplate jdbc;

    public TeamTables(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Found in the live schema, so a table added by any migration is included without editing this list. */
    public List<String> names() {
        return jdbc.queryForList("""
                select lower(table_name) from information_schema.columns
                where lower(column_name) = 'team_id' and lower(table_schema) = 'public'
                order by 1""", String.class);
    }

    /** How many rows each team table holds for the team. */
    public Map<String, Integer> rowsOf(String teamId) {
        Map<String, Integer> rows = new TreeMap<>();
        for (String table : names()) {
            rows.put(table, jdbc.queryForObject("select count(*) from " + table + " where team_id = ?", Integer.class, teamId));
        }
        return rows;
    }
}
