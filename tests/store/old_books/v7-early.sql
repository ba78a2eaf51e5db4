-- A custui book at schema v7, made by custui at commit 993deec Merge: a phone kept as typed keeps its not-understood flag when another customer's (early v7: before people landed in v7)
-- by tests/store/old_books/make_old_books.py; regenerate it there, never edit it.
PRAGMA user_version = 7;
PRAGMA application_id = 1129665364;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE customers (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind             TEXT NOT NULL DEFAULT 'company' CHECK (kind IN ('company', 'person')),
    industry         TEXT,
    size             INTEGER CHECK (size IS NULL OR size >= 0),
    region           TEXT,
    city             TEXT,
    street          TEXT,
    contact_name     TEXT,
    contact_title    TEXT,
    phone            TEXT,
    phone_e164       TEXT,
    email            TEXT,
    website          TEXT,
    source           TEXT,
    grade            TEXT CHECK (grade IS NULL OR grade IN ('key', 'potential', 'normal')),
    need_match       INTEGER CHECK (need_match BETWEEN 1 AND 5),
    win_likelihood   INTEGER CHECK (win_likelihood BETWEEN 1 AND 5),
    growth_potential INTEGER CHECK (growth_potential BETWEEN 1 AND 5),
    strategic        INTEGER CHECK (strategic BETWEEN 1 AND 5),
    notes            TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    row_version      INTEGER NOT NULL DEFAULT 1,
    merged_into      INTEGER REFERENCES customers(id),
    deleted_at       TEXT
, import_id INTEGER REFERENCES imports(id), postcode TEXT, country TEXT, phone_invalid INTEGER NOT NULL DEFAULT 0 CHECK (phone_invalid IN (0, 1)));
INSERT INTO customers VALUES(1,'C00001','深圳市瑞云信息技术有限公司','company','软件 IT & Software',340,'广东','深圳','宝安区学府路192号','鹿想','总经理','0755 9915 6685','+8675599156685','xlu@ruiyun.cn','https://www.ruiyun.cn','转介绍 Referral','normal',3,3,NULL,1,NULL,'2025-09-30T08:20:00+00:00','2026-10-30T05:45:00+00:00',1,NULL,NULL,NULL,NULL,'CN',0);
INSERT INTO customers VALUES(2,'C00002','Valenzuela Technologies Inc.','company','软件 IT & Software',17,'California','Los Angeles','1576 Lisa Motorway','Tony Hamilton','Head of Engineering','(213) 263-7131','+12132637131','purchasing@valenzuela.com','https://www.valenzuela.com','转介绍 Referral','potential',3,3,5,2,'Budget cycle starts in January.','2026-09-24T17:20:00+00:00','2026-10-14T17:30:00+00:00',1,NULL,NULL,NULL,'90092','US',0);
INSERT INTO customers VALUES(3,'C00003','合肥市鑫宏电子实业有限公司','company','制造 Manufacturing',20,'安徽','合肥','包河区学府路315号','蔡秀兰','财务经理','+86 182-1663-9404','+8618216639404','caixiulan@xinhong.cn','https://www.xinhong.cn','电话陌拜 Cold call','normal',4,4,NULL,2,NULL,'2024-01-12T03:45:00+00:00','2025-06-14T09:35:00+00:00',2,NULL,'2026-12-03T04:04:36+00:00',NULL,NULL,'CN',0);
INSERT INTO customers VALUES(4,'C00004','宏弘科技股份有限公司','company','软件 IT & Software',420,'山东','青岛','黄岛区工业大道697号','萧强','采购专员','+86 532 41007782','+8653241007782','qiang.xiao@honghong.com','https://www.honghong.com','电话陌拜 Cold call','key',5,NULL,5,NULL,'付款一般月结60天。','2023-12-08T08:25:00+00:00','2026-02-15T02:40:00+00:00',1,NULL,NULL,NULL,NULL,'CN',0);
INSERT INTO customers VALUES(5,'C00005','杭州市科远商贸有限公司','company','零售 Retail',67,'浙江','杭州','余杭区金融街936号B座2603室','王海燕','设备部经理','132-4063-4944','+8613240634944','haiyan.wang@keyuan.com.cn','https://www.keyuan.com.cn','转介绍 Referral','normal',3,NULL,4,4,NULL,'2024-01-27T04:10:00+00:00','2026-06-08T09:30:00+00:00',1,NULL,NULL,NULL,NULL,'CN',0);
INSERT INTO customers VALUES(6,'C00006','Beacon Industrial Co., Ltd.','company','制造 Manufacturing',47,'Illinois','Chicago','491 Green Cape','Elizabeth Larsen','Head of Engineering','1-773-758-3581','+17737583581',NULL,'http://beacon.com','官网 Website','key',4,3,2,4,'Engineering lead drives the decision. Price sensitive; also talking to a competitor.','2024-07-28T17:20:00+00:00','2025-08-08T15:40:00+00:00',1,NULL,NULL,NULL,'60657','US',0);
INSERT INTO customers VALUES(7,'C00007','诚捷凌供应链管理股份有限公司','company','物流 Logistics',56,'湖北','武汉','洪山区人民路213号','李勇','采购经理','188 8002 1054','+8618880021054','liyong@chengjieling.com','https://www.chengjieling.com','阿里巴巴 Alibaba','normal',NULL,NULL,2,2,'由老客户介绍，关系不错。去年扩建了新厂房，设备需求增加。','2024-03-25T01:20:00+00:00','2024-12-13T09:00:00+00:00',1,NULL,NULL,NULL,NULL,'CN',0);
INSERT INTO customers VALUES(8,'C00008','何凤兰','person','教育 Education',NULL,'上海','上海','浦东新区长江路793号','何凤兰',NULL,'(+86)18747607395','+8618747607395','fhe453@163.com',NULL,'老客户 Existing customer','potential',2,NULL,3,3,'喜欢先看样品再决定。','2024-09-25T08:00:00+00:00','2025-06-16T03:45:00+00:00',1,NULL,NULL,NULL,NULL,'CN',0);
INSERT INTO customers VALUES(9,'C00009','廣州華創科技有限公司','company','制造 Manufacturing',NULL,'廣東','廣州','廣州市天河區珠江新城華夏路10號','陳志明','採購經理','020-8888 6666','+862088886666','chen.zhiming@huachuang.com.cn',NULL,NULL,'key',NULL,NULL,NULL,NULL,'繁體字客戶，香港展會認識','2026-12-03T04:04:36+00:00','2026-12-03T04:04:36+00:00',1,NULL,NULL,NULL,NULL,NULL,0);
INSERT INTO customers VALUES(10,'C00010','深圳市腾飞电子有限公司','company','软件 IT & Software',NULL,'广东','深圳','深圳市南山区科技园路1号','张伟','采购经理','138 0013 8000','+8613800138000','zhangwei@tengfei.cn',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'年底有设备升级预算','2026-12-03T04:04:36+00:00','2026-12-03T04:04:36+00:00',1,NULL,NULL,NULL,NULL,NULL,0);
INSERT INTO customers VALUES(11,'C00011','深圳市腾飞科技有限公司','company',NULL,NULL,NULL,'深圳',NULL,'刘洋',NULL,'0755-2666 8888','+8675526668888',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T04:04:36+00:00','2026-12-03T04:04:36+00:00',1,NULL,NULL,NULL,NULL,NULL,0);
INSERT INTO customers VALUES(12,'C00012','Northwind Traders Ltd','company','零售 Retail',NULL,NULL,'London','12 Baker Street, London W1U 3BW, UK','Margaret Peacock','Purchasing Manager','+44 20 7946 0958','+442079460958','m.peacock@northwind.co.uk',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T04:04:36+00:00','2026-12-03T04:04:36+00:00',2,NULL,NULL,NULL,NULL,NULL,0);
INSERT INTO customers VALUES(13,'C00013','李娜','person',NULL,NULL,NULL,'上海',NULL,NULL,NULL,'139 1234 5678','+8613912345678',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T04:04:36+00:00','2026-12-03T04:04:36+00:00',1,NULL,NULL,NULL,NULL,NULL,0);
INSERT INTO customers VALUES(14,'C00014','Northwind Traders Limited','company',NULL,NULL,NULL,'London',NULL,'Maggie Peacock',NULL,'+44 20 7946 0958','+442079460958','m.peacock@northwind.co.uk',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T04:04:36+00:00','2026-12-03T04:04:36+00:00',2,12,NULL,NULL,NULL,NULL,0);
INSERT INTO customers VALUES(15,'C00015','臺灣聯華電子股份有限公司','company','制造 Manufacturing',NULL,NULL,'臺北','臺北市信義區松仁路100號','陳美玲','業務經理','+886 2 2345 6789','+886223456789',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T04:04:36+00:00','2026-12-03T04:04:36+00:00',1,NULL,NULL,1,NULL,NULL,0);
INSERT INTO customers VALUES(16,'C00016','杭州绿源茶业有限公司','company','食品 Food',NULL,NULL,'杭州','浙江省杭州市西湖区龙井路8号','王芳','总经理','0571-8765 4321','+8657187654321',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T04:04:36+00:00','2026-12-03T04:04:36+00:00',1,NULL,NULL,1,NULL,NULL,0);
INSERT INTO customers VALUES(17,'C00017','Bergmann GmbH','company',NULL,NULL,NULL,'München','Hauptstraße 5','Jürgen Groß','Einkaufsleiter','+49 89 1234567','+49891234567',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T04:04:36+00:00','2026-12-03T04:04:36+00:00',1,NULL,NULL,1,'80331','DE',0);
CREATE TABLE interactions (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    occurred_at     TEXT NOT NULL,
    channel         TEXT NOT NULL CHECK (channel IN ('visit','call','meeting','email','message','event','other')),
    summary         TEXT NOT NULL DEFAULT '',
    owner           TEXT,
    sentiment       TEXT CHECK (sentiment IS NULL OR sentiment IN ('positive','neutral','negative')),
    next_action     TEXT,
    next_action_due TEXT,
    done            INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    created_at      TEXT NOT NULL,
    deleted_at      TEXT
, import_id INTEGER REFERENCES imports(id));
INSERT INTO interactions VALUES(1,1,'2025-10-07T04:50:00+00:00','call','电话跟进技术培训报价，对方需要内部审批','王磊','neutral','安排技术交流','2025-10-28',1,'2025-10-07T07:21:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(2,1,'2025-12-18T07:00:00+00:00','message','微信发送备品备件视频，鹿总很感兴趣','王磊','positive','寄送样品','2025-12-21',1,'2025-12-18T08:31:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(3,1,'2026-04-12T05:35:00+00:00','other','更新客户资料和联系人','陈晓峰','neutral',NULL,NULL,1,'2026-04-12T06:32:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(4,1,'2026-06-28T03:25:00+00:00','message','微信发送技术培训视频，鹿总很感兴趣','陈晓峰','positive',NULL,NULL,1,'2026-06-28T06:35:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(5,1,'2026-10-16T02:45:00+00:00','call','电话跟进备品备件报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2026-10-16T05:29:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(6,2,'2026-09-25T14:20:00+00:00','call','Followed up on the MES software licence quote; waiting for internal approval','Emily Zhao','neutral','Confirm delivery date','2026-10-03',1,'2026-09-25T16:08:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(7,2,'2026-10-02T15:55:00+00:00','call','Followed up on the SV-750 servo motor quote; waiting for internal approval','王磊','neutral',NULL,NULL,1,'2026-10-02T16:17:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(8,2,'2026-10-08T19:20:00+00:00','email','Confirmed delivery date and payment terms by e-mail','王磊','positive','Ship samples','2026-10-10',1,'2026-10-08T22:40:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(9,2,'2026-10-15T16:00:00+00:00','email','E-mail from Tony: a competitor quoted 15% lower','王磊','negative',NULL,NULL,1,'2026-10-15T16:24:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(10,2,'2026-10-26T21:40:00+00:00','meeting','Annual review: framework agreement and rebates','王磊','neutral',NULL,NULL,1,'2026-10-27T01:04:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(11,2,'2026-11-08T19:40:00+00:00','call','Check-in call on the last MES software licence shipment; running well','王磊','positive','Chase payment','2026-11-22',0,'2026-11-08T20:56:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(12,3,'2024-01-19T03:45:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive','确认交期','2024-02-09',1,'2024-01-19T05:19:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(13,3,'2024-03-06T02:20:00+00:00','call','电话沟通二季度采购计划，客户关注交期','王磊','neutral','约见采购经理','2024-03-17',1,'2024-03-06T02:25:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(14,3,'2024-04-08T07:30:00+00:00','other','更新客户资料和联系人','王磊','neutral',NULL,NULL,1,'2024-04-08T10:49:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(15,3,'2024-05-17T04:35:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2024-05-17T08:34:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(16,3,'2024-06-11T05:00:00+00:00','call','电话回访上批年度维保服务使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2024-06-11T08:49:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(17,3,'2024-06-29T03:40:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral','发送正式报价','2024-07-17',1,'2024-06-29T07:25:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(18,3,'2024-08-10T06:35:00+00:00','message','客户微信反馈价格偏高','王磊','negative','回访使用情况','2024-08-25',1,'2024-08-10T08:52:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(19,3,'2024-09-17T06:15:00+00:00','other','节日礼品寄送，客户致谢','李娜','positive',NULL,NULL,1,'2024-09-17T09:53:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(20,3,'2024-10-25T09:10:00+00:00','other','更新客户资料和联系人','王磊','neutral',NULL,NULL,1,'2024-10-25T11:42:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(21,3,'2024-11-17T04:20:00+00:00','message','微信发送年度维保服务视频，蔡经理很感兴趣','陈晓峰','positive',NULL,NULL,1,'2024-11-17T05:58:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(22,3,'2024-12-04T02:35:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive','确认交期','2024-12-25',1,'2024-12-04T06:05:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(23,3,'2024-12-28T03:25:00+00:00','other','节日礼品寄送，客户致谢','陈晓峰','positive',NULL,NULL,1,'2024-12-28T04:16:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(24,3,'2025-02-07T04:50:00+00:00','message','微信发送年度维保服务视频，蔡经理很感兴趣','王磊','positive',NULL,NULL,1,'2025-02-07T04:55:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(25,3,'2025-02-28T06:10:00+00:00','meeting','年度合作会谈，讨论框架协议和返点','王磊','neutral',NULL,NULL,1,'2025-02-28T09:46:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(26,3,'2025-04-11T01:05:00+00:00','event','进博会上交流，客户对年度维保服务感兴趣','王磊','positive',NULL,NULL,1,'2025-04-11T02:56:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(27,3,'2025-05-08T08:20:00+00:00','call','电话沟通三季度采购计划，客户关注交期','李娜','neutral',NULL,NULL,1,'2025-05-08T10:15:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(28,3,'2025-06-16T04:50:00+00:00','email','回复客户关于发票的问题','王磊','neutral','约见采购经理','2025-06-23',1,'2025-06-16T06:05:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(29,3,'2025-07-22T09:40:00+00:00','meeting','与采购和技术部开会，确认年度维保服务技术参数','王磊','positive',NULL,NULL,1,'2025-07-22T10:29:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(30,3,'2025-08-19T03:50:00+00:00','message','微信发送年度维保服务视频，蔡经理很感兴趣','李娜','positive',NULL,NULL,1,'2025-08-19T03:55:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(31,3,'2025-09-23T01:35:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2025-09-23T02:07:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(32,3,'2025-10-31T05:00:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2025-10-31T05:27:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(33,3,'2025-12-09T03:20:00+00:00','visit','拜访蔡经理，参观生产线，讨论年度维保服务升级方案','王磊','positive','安排技术交流','2025-12-22',1,'2025-12-09T06:46:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(34,3,'2026-01-07T01:00:00+00:00','meeting','与采购和技术部开会，确认年度维保服务技术参数','王磊','positive',NULL,NULL,1,'2026-01-07T03:54:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(35,3,'2026-02-08T05:45:00+00:00','call','电话回访上批年度维保服务使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2026-02-08T09:12:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(36,3,'2026-02-25T05:00:00+00:00','meeting','与采购和技术部开会，确认年度维保服务技术参数','王磊','positive',NULL,NULL,1,'2026-02-25T07:27:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(37,3,'2026-03-15T01:40:00+00:00','call','电话跟进年度维保服务报价，对方需要内部审批','李娜','neutral',NULL,NULL,1,'2026-03-15T03:30:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(38,3,'2026-04-02T03:40:00+00:00','meeting','商务谈判，客户要求再降价8%','王磊','negative',NULL,NULL,1,'2026-04-02T04:10:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(39,3,'2026-04-19T03:00:00+00:00','message','微信发送年度维保服务视频，蔡经理很感兴趣','王磊','positive',NULL,NULL,1,'2026-04-19T04:31:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(40,3,'2026-05-29T06:40:00+00:00','meeting','与采购和技术部开会，确认年度维保服务技术参数','陈晓峰','positive',NULL,NULL,1,'2026-05-29T08:58:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(41,3,'2026-07-07T07:50:00+00:00','call','电话沟通四季度采购计划，客户关注交期','王磊','neutral',NULL,NULL,1,'2026-07-07T09:53:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(42,3,'2026-08-03T09:25:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-08-03T10:04:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(43,3,'2026-09-07T05:35:00+00:00','visit','上门拜访蔡经理，介绍新款年度维保服务','王磊','neutral',NULL,NULL,1,'2026-09-07T06:30:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(44,3,'2026-09-24T05:00:00+00:00','meeting','年度合作会谈，讨论框架协议和返点','王磊','neutral',NULL,NULL,1,'2026-09-24T06:45:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(45,3,'2026-10-19T07:00:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-10-19T10:26:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(46,3,'2026-11-04T07:10:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2026-11-04T09:46:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(47,4,'2023-12-10T01:35:00+00:00','call','电话沟通一季度采购计划，客户关注交期','王磊','neutral',NULL,NULL,1,'2023-12-10T01:44:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(48,4,'2023-12-17T06:25:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2023-12-17T08:38:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(49,4,'2023-12-28T03:05:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2023-12-28T05:01:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(50,4,'2024-01-08T01:35:00+00:00','email','发送触摸屏 HMI-10报价单和技术资料','陈晓峰','neutral','准备合同草案','2024-01-29',1,'2024-01-08T03:25:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(51,4,'2024-01-20T03:15:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2024-01-20T04:43:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(52,4,'2024-01-31T01:35:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2024-01-31T05:26:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(53,4,'2024-02-15T06:10:00+00:00','visit','拜访萧经理，参观生产线，讨论技术培训升级方案','王磊','positive',NULL,NULL,1,'2024-02-15T10:05:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(54,4,'2024-02-24T07:55:00+00:00','visit','拜访萧经理，参观生产线，讨论技术培训升级方案','王磊','positive',NULL,NULL,1,'2024-02-24T10:06:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(55,4,'2024-03-11T06:30:00+00:00','visit','上门拜访萧经理，介绍新款触摸屏 HMI-10','王磊','neutral',NULL,NULL,1,'2024-03-11T09:07:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(56,4,'2024-03-24T03:45:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2024-03-24T04:44:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(57,4,'2024-04-03T02:55:00+00:00','message','微信发送技术培训视频，萧经理很感兴趣','李娜','positive',NULL,NULL,1,'2024-04-03T04:30:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(58,4,'2024-04-14T03:45:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2024-04-14T06:29:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(59,4,'2024-04-25T03:00:00+00:00','call','电话沟通三季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2024-04-25T04:38:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(60,4,'2024-05-03T07:50:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','寄送样品','2024-05-08',1,'2024-05-03T08:21:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(61,4,'2024-05-15T07:35:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2024-05-15T10:22:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(62,4,'2024-05-24T07:35:00+00:00','other','寄送技术培训样品','王磊','neutral',NULL,NULL,1,'2024-05-24T10:39:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(63,4,'2024-05-30T06:25:00+00:00','call','电话沟通三季度采购计划，客户关注交期','王磊','neutral',NULL,NULL,1,'2024-05-30T10:03:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(64,4,'2024-06-15T04:30:00+00:00','event','进博会上交流，客户对技术培训感兴趣','陈晓峰','positive',NULL,NULL,1,'2024-06-15T08:24:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(65,4,'2024-06-21T08:55:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2024-06-21T11:16:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(66,4,'2024-07-07T08:35:00+00:00','call','客户来电投诉交货延迟','陈晓峰','negative',NULL,NULL,1,'2024-07-07T10:57:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(67,4,'2024-07-18T02:40:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2024-07-18T03:56:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(68,4,'2024-08-01T01:30:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','确认交期','2024-08-03',1,'2024-08-01T04:32:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(69,4,'2024-08-17T05:20:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','陈晓峰','positive',NULL,NULL,1,'2024-08-17T07:56:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(70,4,'2024-08-30T07:10:00+00:00','visit','拜访萧经理，参观生产线，讨论触摸屏 HMI-10升级方案','王磊','positive',NULL,NULL,1,'2024-08-30T08:27:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(71,4,'2024-09-08T07:10:00+00:00','meeting','视频会议演示技术培训','王磊','neutral',NULL,NULL,1,'2024-09-08T07:50:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(72,4,'2024-09-14T07:20:00+00:00','visit','上门拜访萧经理，介绍新款技术培训','陈晓峰','neutral',NULL,NULL,1,'2024-09-14T09:27:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(73,4,'2024-09-26T07:15:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','发送正式报价','2024-09-29',1,'2024-09-26T08:31:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(74,4,'2024-10-12T01:15:00+00:00','meeting','商务谈判，客户要求再降价8%','李娜','negative',NULL,NULL,1,'2024-10-12T03:18:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(75,4,'2024-10-18T03:05:00+00:00','meeting','与采购和技术部开会，确认技术培训技术参数','陈晓峰','positive','邀请参观工厂','2024-10-26',1,'2024-10-18T04:35:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(76,4,'2024-10-26T07:45:00+00:00','call','电话跟进技术培训报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2024-10-26T07:49:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(77,4,'2024-11-01T01:35:00+00:00','visit','拜访萧经理，参观生产线，讨论触摸屏 HMI-10升级方案','王磊','positive',NULL,NULL,1,'2024-11-01T05:29:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(78,4,'2024-11-11T06:50:00+00:00','meeting','与采购和技术部开会，确认触摸屏 HMI-10技术参数','王磊','positive','回访使用情况','2024-12-02',1,'2024-11-11T10:26:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(79,4,'2024-11-25T04:30:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','李娜','positive','发送正式报价','2024-12-14',1,'2024-11-25T08:23:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(80,4,'2024-12-10T05:35:00+00:00','message','微信发送技术培训视频，萧经理很感兴趣','李娜','positive',NULL,NULL,1,'2024-12-10T08:23:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(81,4,'2024-12-23T07:25:00+00:00','email','发送触摸屏 HMI-10报价单和技术资料','王磊','neutral','安排技术交流','2024-12-25',1,'2024-12-23T09:18:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(82,4,'2024-12-31T05:05:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive','寄送样品','2025-01-05',1,'2024-12-31T07:04:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(83,4,'2025-01-09T09:15:00+00:00','call','电话跟进触摸屏 HMI-10报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2025-01-09T11:41:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(84,4,'2025-01-22T04:00:00+00:00','event','广交会上交流，客户对触摸屏 HMI-10感兴趣','李娜','positive','寄送样品','2025-02-11',1,'2025-01-22T06:17:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(85,4,'2025-01-29T05:55:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2025-01-29T06:48:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(86,4,'2025-02-12T03:35:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','陈晓峰','positive',NULL,NULL,1,'2025-02-12T04:47:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(87,4,'2025-02-28T03:35:00+00:00','meeting','与采购和技术部开会，确认触摸屏 HMI-10技术参数','王磊','positive',NULL,NULL,1,'2025-02-28T06:26:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(88,4,'2025-03-09T04:10:00+00:00','event','邀请萧经理参加新品发布会','陈晓峰','neutral',NULL,NULL,1,'2025-03-09T07:16:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(89,4,'2025-03-19T08:30:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral','邀请参观工厂','2025-03-28',1,'2025-03-19T08:52:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(90,4,'2025-04-03T03:35:00+00:00','email','回复客户关于发票的问题','王磊','neutral','确认交期','2025-04-13',1,'2025-04-03T06:16:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(91,4,'2025-04-19T07:15:00+00:00','call','电话沟通三季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2025-04-19T09:10:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(92,4,'2025-04-25T09:20:00+00:00','call','电话沟通三季度采购计划，客户关注交期','李娜','neutral','邀请参观工厂','2025-05-15',1,'2025-04-25T11:29:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(93,4,'2025-05-10T04:10:00+00:00','call','电话跟进技术培训报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2025-05-10T07:14:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(94,4,'2025-05-22T08:55:00+00:00','call','电话跟进触摸屏 HMI-10报价，对方需要内部审批','王磊','neutral','回访使用情况','2025-05-31',1,'2025-05-22T10:54:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(95,4,'2025-06-07T06:30:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral','邀请参观工厂','2025-06-19',1,'2025-06-07T07:16:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(96,4,'2025-06-13T01:10:00+00:00','call','电话沟通三季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2025-06-13T04:09:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(97,4,'2025-06-28T09:25:00+00:00','call','电话沟通三季度采购计划，客户关注交期','李娜','neutral',NULL,NULL,1,'2025-06-28T10:49:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(98,4,'2025-07-14T08:20:00+00:00','meeting','与采购和技术部开会，确认触摸屏 HMI-10技术参数','王磊','positive',NULL,NULL,1,'2025-07-14T09:26:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(99,4,'2025-07-22T06:00:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','准备合同草案','2025-07-24',1,'2025-07-22T06:51:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(100,4,'2025-08-05T05:55:00+00:00','call','电话回访上批触摸屏 HMI-10使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2025-08-05T08:26:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(101,4,'2025-08-21T09:00:00+00:00','call','电话回访上批触摸屏 HMI-10使用情况，反馈良好','王磊','positive','寄送样品','2025-09-01',1,'2025-08-21T09:32:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(102,4,'2025-09-01T09:20:00+00:00','visit','拜访萧经理，参观生产线，讨论技术培训升级方案','王磊','positive','邀请参观工厂','2025-09-08',1,'2025-09-01T13:13:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(103,4,'2025-09-14T07:00:00+00:00','meeting','视频会议演示触摸屏 HMI-10','王磊','neutral','安排技术交流','2025-10-02',1,'2025-09-14T07:19:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(104,4,'2025-09-27T01:15:00+00:00','visit','现场处理技术培训安装问题，客户不太满意','李娜','negative','寄送样品','2025-10-11',1,'2025-09-27T02:57:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(105,4,'2025-10-08T07:00:00+00:00','visit','上门拜访萧经理，介绍新款触摸屏 HMI-10','陈晓峰','neutral',NULL,NULL,1,'2025-10-08T08:47:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(106,4,'2025-10-15T02:45:00+00:00','call','电话跟进技术培训报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2025-10-15T06:07:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(107,4,'2025-10-25T03:45:00+00:00','call','电话回访上批技术培训使用情况，反馈良好','王磊','positive','约见采购经理','2025-11-12',1,'2025-10-25T05:59:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(108,4,'2025-11-07T04:55:00+00:00','meeting','与采购和技术部开会，确认触摸屏 HMI-10技术参数','王磊','positive',NULL,NULL,1,'2025-11-07T05:03:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(109,4,'2025-11-19T05:55:00+00:00','email','回复客户关于发票的问题','王磊','neutral',NULL,NULL,1,'2025-11-19T08:29:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(110,4,'2025-12-02T04:15:00+00:00','call','电话回访上批触摸屏 HMI-10使用情况，反馈良好','王磊','positive','确认交期','2025-12-10',1,'2025-12-02T08:06:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(111,4,'2025-12-10T06:40:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive','安排技术交流','2025-12-27',1,'2025-12-10T06:58:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(112,4,'2025-12-21T02:10:00+00:00','call','电话回访上批触摸屏 HMI-10使用情况，反馈良好','李娜','positive','发送正式报价','2025-12-30',1,'2025-12-21T04:57:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(113,4,'2026-01-03T05:10:00+00:00','email','发送触摸屏 HMI-10报价单和技术资料','王磊','neutral','约见采购经理','2026-01-08',1,'2026-01-03T08:57:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(114,4,'2026-01-11T09:55:00+00:00','meeting','商务谈判，客户要求再降价8%','李娜','negative',NULL,NULL,1,'2026-01-11T13:05:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(115,4,'2026-01-20T05:05:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2026-01-20T05:23:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(116,4,'2026-01-27T01:40:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2026-01-27T02:43:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(117,4,'2026-02-10T04:30:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-02-10T05:26:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(118,4,'2026-02-16T02:50:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2026-02-16T05:06:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(119,4,'2026-03-01T02:10:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-03-01T02:51:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(120,4,'2026-03-12T02:30:00+00:00','email','回复客户关于发票的问题','王磊','neutral',NULL,NULL,1,'2026-03-12T05:56:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(121,4,'2026-03-23T01:55:00+00:00','other','节日礼品寄送，客户致谢','王磊','positive','约见采购经理','2026-04-05',1,'2026-03-23T04:43:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(122,4,'2026-04-07T08:35:00+00:00','call','电话跟进触摸屏 HMI-10报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2026-04-07T11:40:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(123,4,'2026-04-22T02:30:00+00:00','call','电话沟通三季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-04-22T05:51:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(124,4,'2026-05-05T03:55:00+00:00','call','电话回访上批触摸屏 HMI-10使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2026-05-05T06:30:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(125,4,'2026-05-16T01:45:00+00:00','message','客户微信反馈价格偏高','李娜','negative',NULL,NULL,1,'2026-05-16T03:15:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(126,4,'2026-05-22T05:50:00+00:00','message','微信发送技术培训视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2026-05-22T07:43:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(127,4,'2026-06-03T05:50:00+00:00','message','客户微信反馈价格偏高','王磊','negative','邀请参观工厂','2026-06-17',1,'2026-06-03T09:19:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(128,4,'2026-06-11T04:30:00+00:00','meeting','与采购和技术部开会，确认触摸屏 HMI-10技术参数','王磊','positive','安排技术交流','2026-06-16',1,'2026-06-11T07:42:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(129,4,'2026-06-17T04:35:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2026-06-17T06:09:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(130,4,'2026-06-27T01:10:00+00:00','call','电话回访上批技术培训使用情况，反馈良好','李娜','positive',NULL,NULL,1,'2026-06-27T01:25:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(131,4,'2026-07-11T06:20:00+00:00','email','发送触摸屏 HMI-10报价单和技术资料','王磊','neutral',NULL,NULL,1,'2026-07-11T09:22:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(132,4,'2026-07-20T03:00:00+00:00','other','节日礼品寄送，客户致谢','王磊','positive',NULL,NULL,1,'2026-07-20T03:41:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(133,4,'2026-07-26T05:45:00+00:00','call','电话跟进触摸屏 HMI-10报价，对方需要内部审批','王磊','neutral','寄送样品','2026-08-07',1,'2026-07-26T07:27:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(134,4,'2026-08-09T03:00:00+00:00','call','电话回访上批技术培训使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2026-08-09T05:12:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(135,4,'2026-08-20T02:05:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-08-20T03:32:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(136,4,'2026-08-27T08:00:00+00:00','other','寄送触摸屏 HMI-10样品','陈晓峰','neutral',NULL,NULL,1,'2026-08-27T10:24:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(137,4,'2026-09-10T07:30:00+00:00','other','节日礼品寄送，客户致谢','王磊','positive',NULL,NULL,1,'2026-09-10T11:25:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(138,4,'2026-09-23T08:35:00+00:00','message','微信发送技术培训视频，萧经理很感兴趣','王磊','positive','寄送样品','2026-10-14',1,'2026-09-23T08:38:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(139,4,'2026-10-03T02:35:00+00:00','call','电话跟进技术培训报价，对方需要内部审批','王磊','neutral','寄送样品','2026-10-22',1,'2026-10-03T02:49:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(140,4,'2026-10-15T05:40:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','李娜','positive',NULL,NULL,1,'2026-10-15T06:57:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(141,4,'2026-10-30T09:15:00+00:00','meeting','年度合作会谈，讨论框架协议和返点','王磊','neutral',NULL,NULL,1,'2026-10-30T09:39:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(142,4,'2026-11-14T08:40:00+00:00','email','回复客户关于发票的问题','王磊','neutral',NULL,NULL,1,'2026-11-14T12:19:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(143,5,'2024-01-29T07:25:00+00:00','email','客户邮件反馈竞品报价低15%','李娜','negative','发送正式报价','2024-02-18',1,'2024-01-29T10:14:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(144,5,'2024-03-01T01:25:00+00:00','meeting','视频会议演示技术培训','王磊','neutral',NULL,NULL,1,'2024-03-01T01:46:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(145,5,'2024-04-19T04:45:00+00:00','call','电话催款，财务说要推迟到下月','王磊','negative',NULL,NULL,1,'2024-04-19T06:43:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(146,5,'2024-05-14T09:15:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','安排技术交流','2024-05-21',1,'2024-05-14T09:28:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(147,5,'2024-06-16T01:05:00+00:00','call','电话回访上批技术培训使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2024-06-16T04:35:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(148,5,'2024-07-29T04:35:00+00:00','message','客户微信反馈价格偏高','王磊','negative',NULL,NULL,1,'2024-07-29T05:39:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(149,5,'2024-08-23T08:55:00+00:00','email','回复客户关于发票的问题','王磊','neutral',NULL,NULL,1,'2024-08-23T12:16:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(150,5,'2024-10-15T04:10:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2024-10-15T04:49:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(151,5,'2024-11-16T05:45:00+00:00','call','电话回访上批技术培训使用情况，反馈良好','王磊','positive','回访使用情况','2024-11-19',1,'2024-11-16T05:59:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(152,5,'2024-12-06T06:30:00+00:00','message','微信发送技术培训视频，王经理很感兴趣','王磊','positive',NULL,NULL,1,'2024-12-06T09:29:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(153,5,'2024-12-27T04:45:00+00:00','call','电话跟进PLC控制器 CX-200报价，对方需要内部审批','王磊','neutral','跟进付款','2025-01-17',1,'2024-12-27T08:39:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(154,5,'2025-01-20T01:20:00+00:00','other','节日礼品寄送，客户致谢','陈晓峰','positive',NULL,NULL,1,'2025-01-20T03:18:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(155,5,'2025-02-27T09:35:00+00:00','message','微信发送PLC控制器 CX-200视频，王经理很感兴趣','李娜','positive',NULL,NULL,1,'2025-02-27T13:18:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(156,5,'2025-04-15T05:05:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2025-04-15T06:29:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(157,5,'2025-05-24T03:40:00+00:00','message','微信发送技术培训视频，王经理很感兴趣','王磊','positive','发送正式报价','2025-06-03',1,'2025-05-24T07:21:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(158,5,'2025-06-16T04:05:00+00:00','visit','上门拜访王经理，介绍新款PLC控制器 CX-200','王磊','neutral',NULL,NULL,1,'2025-06-16T06:15:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(159,5,'2025-07-08T06:45:00+00:00','call','电话跟进PLC控制器 CX-200报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2025-07-08T09:47:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(160,5,'2025-08-13T01:45:00+00:00','other','节日礼品寄送，客户致谢','王磊','positive','约见采购经理','2025-08-28',1,'2025-08-13T02:23:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(161,5,'2025-10-06T03:05:00+00:00','email','邮件确认订单交期和付款条件','陈晓峰','positive','安排技术交流','2025-10-09',1,'2025-10-06T05:16:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(162,5,'2025-11-09T07:50:00+00:00','email','回复客户关于发票的问题','王磊','neutral','确认交期','2025-11-29',1,'2025-11-09T08:08:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(163,5,'2025-12-03T06:30:00+00:00','event','高交会上交流，客户对技术培训感兴趣','王磊','positive',NULL,NULL,1,'2025-12-03T07:48:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(164,5,'2026-01-06T08:55:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2026-01-06T11:33:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(165,5,'2026-02-15T05:25:00+00:00','visit','现场处理技术培训安装问题，客户不太满意','王磊','negative',NULL,NULL,1,'2026-02-15T06:09:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(166,5,'2026-03-18T03:20:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive','安排技术交流','2026-03-26',1,'2026-03-18T06:00:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(167,5,'2026-04-13T02:25:00+00:00','message','微信发送技术培训视频，王经理很感兴趣','陈晓峰','positive',NULL,NULL,1,'2026-04-13T05:04:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(168,5,'2026-06-07T09:55:00+00:00','message','微信发送技术培训视频，王经理很感兴趣','王磊','positive','约见采购经理','2026-06-26',1,'2026-06-07T10:37:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(169,5,'2026-07-26T06:00:00+00:00','call','电话沟通四季度采购计划，客户关注交期','李娜','neutral',NULL,NULL,1,'2026-07-26T07:42:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(170,5,'2026-09-10T07:25:00+00:00','visit','拜访王经理，参观生产线，讨论技术培训升级方案','陈晓峰','positive','寄送样品','2026-09-18',1,'2026-09-10T11:04:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(171,5,'2026-10-29T02:45:00+00:00','other','更新客户资料和联系人','陈晓峰','neutral',NULL,NULL,1,'2026-10-29T04:06:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(172,6,'2024-07-30T20:20:00+00:00','other','Shipped industrial sensor kit samples','Emily Zhao','neutral',NULL,NULL,1,'2024-07-30T21:53:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(173,6,'2024-08-19T20:55:00+00:00','message','Sent a industrial sensor kit video on WhatsApp; Elizabeth liked it','王磊','positive','Check in after installation','2024-08-26',1,'2024-08-19T21:41:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(174,6,'2024-10-14T15:30:00+00:00','call','Called about Q1 order volumes; they expect to reorder','王磊','positive',NULL,NULL,1,'2024-10-14T15:51:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(175,6,'2024-12-07T20:15:00+00:00','email','Confirmed delivery date and payment terms by e-mail','王磊','positive',NULL,NULL,1,'2024-12-07T21:54:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(176,6,'2025-01-14T18:20:00+00:00','email','E-mail from Elizabeth: a competitor quoted 15% lower','Emily Zhao','negative',NULL,NULL,1,'2025-01-14T18:28:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(177,6,'2025-02-25T22:10:00+00:00','call','Followed up on the spare parts quote; waiting for internal approval','Emily Zhao','neutral','Chase payment','2025-03-10',1,'2025-02-26T01:27:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(178,6,'2025-04-04T16:45:00+00:00','visit','Visited Elizabeth, toured the line, discussed a MES software licence upgrade','王磊','positive','Check in after installation','2025-04-16',1,'2025-04-04T17:31:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(179,6,'2025-05-28T22:45:00+00:00','meeting','Video call demo of the spare parts','王磊','neutral',NULL,NULL,1,'2025-05-29T00:13:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(180,6,'2025-07-24T15:50:00+00:00','email','Confirmed delivery date and payment terms by e-mail','王磊','positive',NULL,NULL,1,'2025-07-24T17:17:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(181,6,'2025-08-21T20:05:00+00:00','email','Confirmed delivery date and payment terms by e-mail','王磊','positive',NULL,NULL,1,'2025-08-21T21:06:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(182,6,'2025-09-11T15:00:00+00:00','call','Followed up on the spare parts quote; waiting for internal approval','王磊','neutral',NULL,NULL,1,'2025-09-11T16:15:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(183,6,'2025-10-18T17:05:00+00:00','message','Sent a spare parts video on WhatsApp; Elizabeth liked it','王磊','positive',NULL,NULL,1,'2025-10-18T19:37:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(184,6,'2025-11-26T22:30:00+00:00','call','Called about Q1 plans; delivery time is their main concern','王磊','neutral',NULL,NULL,1,'2025-11-27T01:58:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(185,6,'2026-01-13T21:05:00+00:00','meeting','Meeting with purchasing and engineering to confirm MES software licence specs','王磊','positive',NULL,NULL,1,'2026-01-13T22:40:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(186,6,'2026-02-10T21:50:00+00:00','email','Answered Elizabeth''s invoice question','王磊','neutral',NULL,NULL,1,'2026-02-10T22:00:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(187,6,'2026-03-14T16:55:00+00:00','other','Shipped industrial sensor kit samples','王磊','neutral',NULL,NULL,1,'2026-03-14T20:36:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(188,6,'2026-04-16T21:15:00+00:00','meeting','Negotiation; they ask for another 8% discount','李娜','negative',NULL,NULL,1,'2026-04-17T00:52:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(189,6,'2026-06-04T21:40:00+00:00','email','Confirmed delivery date and payment terms by e-mail','王磊','positive',NULL,NULL,1,'2026-06-04T23:52:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(190,6,'2026-07-05T17:05:00+00:00','email','Sent the spare parts quote and datasheets','王磊','neutral',NULL,NULL,1,'2026-07-05T19:54:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(191,6,'2026-11-10T20:50:00+00:00','call','Called about Q1 plans; delivery time is their main concern','王磊','neutral',NULL,NULL,1,'2026-11-11T00:24:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(192,7,'2024-04-02T05:35:00+00:00','visit','上门拜访李经理，介绍新款伺服电机 SV-750','王磊','neutral',NULL,NULL,1,'2024-04-02T07:05:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(193,7,'2024-05-05T03:30:00+00:00','event','高交会上交流，客户对MES软件授权感兴趣','王磊','positive','发送正式报价','2024-05-08',1,'2024-05-05T04:33:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(194,7,'2024-06-29T06:05:00+00:00','call','电话跟进伺服电机 SV-750报价，对方需要内部审批','李娜','neutral','确认交期','2024-07-01',1,'2024-06-29T08:26:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(195,7,'2024-09-01T05:15:00+00:00','visit','拜访李经理，参观生产线，讨论MES软件授权升级方案','李娜','positive','邀请参观工厂','2024-09-05',1,'2024-09-01T07:11:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(196,7,'2024-11-06T09:50:00+00:00','call','电话回访上批伺服电机 SV-750使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2024-11-06T12:36:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(197,7,'2024-12-20T04:40:00+00:00','call','电话沟通一季度采购计划，客户关注交期','王磊','neutral','邀请参观工厂','2025-01-10',1,'2024-12-20T06:25:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(198,7,'2025-01-16T04:25:00+00:00','call','客户来电投诉交货延迟','王磊','negative',NULL,NULL,1,'2025-01-16T07:18:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(199,7,'2025-03-04T05:10:00+00:00','call','客户来电投诉交货延迟','王磊','negative','邀请参观工厂','2025-03-23',1,'2025-03-04T06:31:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(200,7,'2025-04-26T02:45:00+00:00','call','电话沟通三季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2025-04-26T05:02:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(201,7,'2025-07-01T05:45:00+00:00','email','邮件确认订单交期和付款条件','陈晓峰','positive',NULL,NULL,1,'2025-07-01T07:36:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(202,7,'2025-08-31T02:50:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','发送正式报价','2025-09-05',1,'2025-08-31T05:01:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(203,7,'2025-11-04T03:55:00+00:00','call','电话回访上批MES软件授权使用情况，反馈良好','陈晓峰','positive',NULL,NULL,1,'2025-11-04T06:35:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(204,7,'2025-12-17T08:30:00+00:00','message','微信发送工业传感器套件视频，李经理很感兴趣','李娜','positive',NULL,NULL,1,'2025-12-17T11:43:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(205,7,'2026-01-31T01:30:00+00:00','call','电话沟通二季度采购计划，客户关注交期','王磊','neutral',NULL,NULL,1,'2026-01-31T03:31:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(206,7,'2026-03-19T08:30:00+00:00','call','客户来电投诉交货延迟','王磊','negative',NULL,NULL,1,'2026-03-19T10:26:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(207,7,'2026-05-22T07:10:00+00:00','message','微信沟通发货时间，客户希望提前一周','李娜','neutral',NULL,NULL,1,'2026-05-22T10:03:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(208,7,'2026-07-01T06:25:00+00:00','message','客户微信反馈价格偏高','王磊','negative',NULL,NULL,1,'2026-07-01T10:13:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(209,7,'2026-08-08T02:30:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','陈晓峰','positive','安排技术交流','2026-08-10',1,'2026-08-08T02:55:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(210,7,'2026-09-24T07:50:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2026-09-24T09:46:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(211,7,'2026-11-08T07:30:00+00:00','email','发送伺服电机 SV-750报价单和技术资料','王磊','neutral',NULL,NULL,1,'2026-11-08T10:45:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(212,8,'2024-10-02T09:25:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2024-10-02T13:00:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(213,8,'2024-11-11T08:50:00+00:00','meeting','与采购和技术部开会，确认备品备件技术参数','陈晓峰','positive',NULL,NULL,1,'2024-11-11T10:03:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(214,8,'2024-12-23T07:00:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral','跟进付款','2025-01-13',1,'2024-12-23T07:39:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(215,8,'2025-02-17T03:50:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral','确认交期','2025-02-25',1,'2025-02-17T06:13:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(216,8,'2025-03-22T06:25:00+00:00','call','电话回访上批备品备件使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2025-03-22T07:11:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(217,8,'2025-04-25T09:50:00+00:00','visit','拜访何凤兰，参观生产线，讨论备品备件升级方案','王磊','positive','寄送样品','2025-05-12',1,'2025-04-25T13:49:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(218,8,'2025-06-03T08:15:00+00:00','visit','现场处理备品备件安装问题，客户不太满意','陈晓峰','negative',NULL,NULL,1,'2025-06-03T09:07:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(219,8,'2025-07-04T04:50:00+00:00','call','电话回访上批备品备件使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2025-07-04T05:24:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(220,8,'2025-08-13T09:10:00+00:00','message','客户微信反馈价格偏高','王磊','negative','跟进付款','2025-08-18',1,'2025-08-13T12:24:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(221,8,'2025-10-10T08:25:00+00:00','call','电话回访上批备品备件使用情况，反馈良好','王磊','positive','安排技术交流','2025-10-30',1,'2025-10-10T11:05:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(222,8,'2025-11-07T06:50:00+00:00','other','节日礼品寄送，客户致谢','陈晓峰','positive','发送正式报价','2025-11-17',1,'2025-11-07T09:00:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(223,8,'2025-12-26T02:20:00+00:00','email','回复客户关于发票的问题','王磊','neutral',NULL,NULL,1,'2025-12-26T06:01:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(224,8,'2026-01-28T02:35:00+00:00','call','电话沟通二季度采购计划，客户关注交期','王磊','neutral',NULL,NULL,1,'2026-01-28T03:00:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(225,8,'2026-03-16T06:45:00+00:00','other','节日礼品寄送，客户致谢','王磊','positive',NULL,NULL,1,'2026-03-16T07:35:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(226,8,'2026-04-15T07:10:00+00:00','call','客户来电投诉交货延迟','王磊','negative',NULL,NULL,1,'2026-04-15T07:26:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(227,8,'2026-05-20T01:05:00+00:00','call','电话跟进备品备件报价，对方需要内部审批','王磊','neutral','确认交期','2026-05-24',1,'2026-05-20T03:43:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(228,8,'2026-06-20T06:45:00+00:00','call','电话回访上批备品备件使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2026-06-20T07:51:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(229,8,'2026-08-21T06:00:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2026-08-21T09:09:00+00:00',NULL,NULL);
INSERT INTO interactions VALUES(230,10,'2026-11-02','visit','拜访张伟，讨论设备升级方案',NULL,'positive','发送报价单','2026-11-25',0,'2026-12-03T04:04:36+00:00',NULL,NULL);
INSERT INTO interactions VALUES(231,9,'2026-10-18','call','陳經理確認第二批訂單',NULL,'neutral',NULL,NULL,0,'2026-12-03T04:04:36+00:00',NULL,NULL);
INSERT INTO interactions VALUES(232,12,'2026-09-30','email','Sent the autumn price list',NULL,NULL,'Call Margaret about the samples','2026-12-20',0,'2026-12-03T04:04:36+00:00',NULL,NULL);
INSERT INTO interactions VALUES(233,12,'2026-08-12','meeting','Met at the London trade fair',NULL,NULL,NULL,NULL,0,'2026-12-03T04:04:36+00:00',NULL,NULL);
CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    ordered_at   TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency     TEXT NOT NULL DEFAULT 'CNY',
    product      TEXT,
    margin_minor INTEGER,
    paid         INTEGER CHECK (paid IS NULL OR paid IN (0, 1)),
    created_at   TEXT NOT NULL,
    deleted_at   TEXT
, import_id INTEGER REFERENCES imports(id), amount_base_minor INTEGER, margin_base_minor INTEGER);
INSERT INTO orders VALUES(1,1,'2025-11-22',1659000,'CNY','备品备件',336700,1,'2025-11-22T04:00:00+00:00',NULL,NULL,1659000,336700);
INSERT INTO orders VALUES(2,1,'2025-11-23',1554000,'CNY','技术培训',257100,1,'2025-11-23T08:25:00+00:00',NULL,NULL,1554000,257100);
INSERT INTO orders VALUES(3,1,'2026-09-15',1582000,'CNY','备品备件',NULL,1,'2026-09-15T09:30:00+00:00',NULL,NULL,1582000,NULL);
INSERT INTO orders VALUES(4,1,'2026-10-01',1778000,'CNY','备品备件',NULL,1,'2026-10-01T04:00:00+00:00',NULL,NULL,1778000,NULL);
INSERT INTO orders VALUES(5,2,'2026-10-09',144000,'USD','SV-750 servo motor',33300,1,'2026-10-09T19:20:00+00:00',NULL,NULL,1022400,236430);
INSERT INTO orders VALUES(6,2,'2026-10-25',584500,'USD','MES software licence',93400,0,'2026-10-25T18:55:00+00:00',NULL,NULL,4149950,663140);
INSERT INTO orders VALUES(7,3,'2024-01-24',3909000,'CNY','年度维保服务',1265700,1,'2024-01-24T04:15:00+00:00',NULL,NULL,3909000,1265700);
INSERT INTO orders VALUES(8,3,'2024-06-16',1897000,'CNY','年度维保服务',NULL,1,'2024-06-16T04:30:00+00:00',NULL,NULL,1897000,NULL);
INSERT INTO orders VALUES(9,3,'2024-08-30',4602000,'CNY','年度维保服务',725200,1,'2024-08-30T05:55:00+00:00',NULL,NULL,4602000,725200);
INSERT INTO orders VALUES(10,3,'2025-01-06',3601000,'CNY','年度维保服务',NULL,1,'2025-01-06T08:00:00+00:00',NULL,NULL,3601000,NULL);
INSERT INTO orders VALUES(11,3,'2025-04-01',2747000,'CNY','年度维保服务',941600,1,'2025-04-01T06:00:00+00:00',NULL,NULL,2747000,941600);
INSERT INTO orders VALUES(12,3,'2025-06-12',1736000,'CNY','年度维保服务',NULL,1,'2025-06-12T05:50:00+00:00',NULL,NULL,1736000,NULL);
INSERT INTO orders VALUES(13,3,'2025-10-17',2853000,'CNY','年度维保服务',NULL,1,'2025-10-17T06:40:00+00:00',NULL,NULL,2853000,NULL);
INSERT INTO orders VALUES(14,3,'2025-12-28',2891000,'CNY','年度维保服务',NULL,1,'2025-12-28T07:00:00+00:00',NULL,NULL,2891000,NULL);
INSERT INTO orders VALUES(15,3,'2026-05-09',3441000,'CNY','年度维保服务',NULL,1,'2026-05-09T05:00:00+00:00',NULL,NULL,3441000,NULL);
INSERT INTO orders VALUES(16,3,'2026-07-01',3331000,'CNY','年度维保服务',NULL,1,'2026-07-01T05:30:00+00:00',NULL,NULL,3331000,NULL);
INSERT INTO orders VALUES(17,3,'2026-09-12',4075000,'CNY','年度维保服务',NULL,1,'2026-09-12T04:30:00+00:00',NULL,NULL,4075000,NULL);
INSERT INTO orders VALUES(18,4,'2024-01-08',3008000,'CNY','技术培训',998500,1,'2024-01-08T08:50:00+00:00',NULL,NULL,3008000,998500);
INSERT INTO orders VALUES(19,4,'2024-01-25',1876000,'CNY','技术培训',NULL,1,'2024-01-25T05:00:00+00:00',NULL,NULL,1876000,NULL);
INSERT INTO orders VALUES(20,4,'2024-02-18',3274000,'CNY','触摸屏 HMI-10',NULL,1,'2024-02-18T04:55:00+00:00',NULL,NULL,3274000,NULL);
INSERT INTO orders VALUES(21,4,'2024-03-07',3852000,'CNY','技术培训',831500,1,'2024-03-07T02:20:00+00:00',NULL,NULL,3852000,831500);
INSERT INTO orders VALUES(22,4,'2024-03-31',5360000,'CNY','触摸屏 HMI-10',923700,1,'2024-03-31T07:45:00+00:00',NULL,NULL,5360000,923700);
INSERT INTO orders VALUES(23,4,'2024-04-26',3597000,'CNY','技术培训',743300,1,'2024-04-26T02:55:00+00:00',NULL,NULL,3597000,743300);
INSERT INTO orders VALUES(24,4,'2024-05-16',3362000,'CNY','触摸屏 HMI-10',852300,1,'2024-05-16T02:45:00+00:00',NULL,NULL,3362000,852300);
INSERT INTO orders VALUES(25,4,'2024-06-14',3546000,'CNY','触摸屏 HMI-10',NULL,1,'2024-06-14T04:25:00+00:00',NULL,NULL,3546000,NULL);
INSERT INTO orders VALUES(26,4,'2024-07-06',2844000,'CNY','技术培训',254100,1,'2024-07-06T01:55:00+00:00',NULL,NULL,2844000,254100);
INSERT INTO orders VALUES(27,4,'2024-07-29',4192000,'CNY','技术培训',NULL,1,'2024-07-29T01:10:00+00:00',NULL,NULL,4192000,NULL);
INSERT INTO orders VALUES(28,4,'2024-08-13',3817000,'CNY','触摸屏 HMI-10',776600,1,'2024-08-13T01:15:00+00:00',NULL,NULL,3817000,776600);
INSERT INTO orders VALUES(29,4,'2024-08-24',5960000,'CNY','触摸屏 HMI-10',1359300,1,'2024-08-24T02:40:00+00:00',NULL,NULL,5960000,1359300);
INSERT INTO orders VALUES(30,4,'2024-09-19',4135000,'CNY','技术培训',NULL,1,'2024-09-19T04:05:00+00:00',NULL,NULL,4135000,NULL);
INSERT INTO orders VALUES(31,4,'2024-10-01',3538000,'CNY','技术培训',1251200,1,'2024-10-01T06:30:00+00:00',NULL,NULL,3538000,1251200);
INSERT INTO orders VALUES(32,4,'2024-11-02',2213000,'CNY','触摸屏 HMI-10',546500,1,'2024-11-02T02:20:00+00:00',NULL,NULL,2213000,546500);
INSERT INTO orders VALUES(33,4,'2024-12-03',4696000,'CNY','触摸屏 HMI-10',1032000,1,'2024-12-03T04:00:00+00:00',NULL,NULL,4696000,1032000);
INSERT INTO orders VALUES(34,4,'2024-12-21',2762000,'CNY','技术培训',471300,1,'2024-12-21T07:10:00+00:00',NULL,NULL,2762000,471300);
INSERT INTO orders VALUES(35,4,'2025-01-03',0,'CNY','免费样品',NULL,1,'2025-01-03T03:40:00+00:00',NULL,NULL,0,NULL);
INSERT INTO orders VALUES(36,4,'2025-02-04',5300000,'CNY','触摸屏 HMI-10',NULL,1,'2025-02-04T03:35:00+00:00',NULL,NULL,5300000,NULL);
INSERT INTO orders VALUES(37,4,'2025-02-22',2734000,'CNY','技术培训',963000,1,'2025-02-22T06:10:00+00:00',NULL,NULL,2734000,963000);
INSERT INTO orders VALUES(38,4,'2025-03-15',3805000,'CNY','技术培训',NULL,1,'2025-03-15T06:15:00+00:00',NULL,NULL,3805000,NULL);
INSERT INTO orders VALUES(39,4,'2025-04-11',5820000,'CNY','触摸屏 HMI-10',NULL,1,'2025-04-11T01:45:00+00:00',NULL,NULL,5820000,NULL);
INSERT INTO orders VALUES(40,4,'2025-05-12',4137000,'CNY','触摸屏 HMI-10',NULL,1,'2025-05-12T07:40:00+00:00',NULL,NULL,4137000,NULL);
INSERT INTO orders VALUES(41,4,'2025-05-25',4089000,'CNY','触摸屏 HMI-10',396600,1,'2025-05-25T07:50:00+00:00',NULL,NULL,4089000,396600);
INSERT INTO orders VALUES(42,4,'2025-06-07',2316000,'CNY','技术培训',NULL,1,'2025-06-07T05:55:00+00:00',NULL,NULL,2316000,NULL);
INSERT INTO orders VALUES(43,4,'2025-07-09',3802000,'CNY','触摸屏 HMI-10',339800,1,'2025-07-09T09:50:00+00:00',NULL,NULL,3802000,339800);
INSERT INTO orders VALUES(44,4,'2025-08-03',4461000,'CNY','触摸屏 HMI-10',NULL,1,'2025-08-03T04:00:00+00:00',NULL,NULL,4461000,NULL);
INSERT INTO orders VALUES(45,4,'2025-09-01',3888000,'CNY','触摸屏 HMI-10',NULL,1,'2025-09-01T04:35:00+00:00',NULL,NULL,3888000,NULL);
INSERT INTO orders VALUES(46,4,'2025-10-03',2686000,'CNY','技术培训',307600,1,'2025-10-03T09:10:00+00:00',NULL,NULL,2686000,307600);
INSERT INTO orders VALUES(47,4,'2025-10-23',2675000,'CNY','触摸屏 HMI-10',537700,1,'2025-10-23T05:05:00+00:00',NULL,NULL,2675000,537700);
INSERT INTO orders VALUES(48,4,'2025-11-21',3218000,'CNY','触摸屏 HMI-10',NULL,1,'2025-11-21T03:30:00+00:00',NULL,NULL,3218000,NULL);
INSERT INTO orders VALUES(49,4,'2025-12-21',0,'CNY','免费样品',NULL,1,'2025-12-21T03:50:00+00:00',NULL,NULL,0,NULL);
INSERT INTO orders VALUES(50,4,'2026-01-23',3124000,'CNY','触摸屏 HMI-10',NULL,1,'2026-01-23T02:45:00+00:00',NULL,NULL,3124000,NULL);
INSERT INTO orders VALUES(51,4,'2026-02-16',0,'CNY','免费样品',NULL,1,'2026-02-16T03:45:00+00:00',NULL,NULL,0,NULL);
INSERT INTO orders VALUES(52,4,'2026-03-17',3416000,'CNY','技术培训',1060400,1,'2026-03-17T07:40:00+00:00',NULL,NULL,3416000,1060400);
INSERT INTO orders VALUES(53,4,'2026-04-16',2269000,'CNY','触摸屏 HMI-10',840100,1,'2026-04-16T08:50:00+00:00',NULL,NULL,2269000,840100);
INSERT INTO orders VALUES(54,4,'2026-05-15',3472000,'CNY','触摸屏 HMI-10',566700,1,'2026-05-15T01:05:00+00:00',NULL,NULL,3472000,566700);
INSERT INTO orders VALUES(55,4,'2026-06-01',2726000,'CNY','技术培训',480100,1,'2026-06-01T07:50:00+00:00',NULL,NULL,2726000,480100);
INSERT INTO orders VALUES(56,4,'2026-07-02',2497000,'CNY','技术培训',646200,1,'2026-07-02T01:10:00+00:00',NULL,NULL,2497000,646200);
INSERT INTO orders VALUES(57,4,'2026-07-18',2820000,'CNY','触摸屏 HMI-10',NULL,1,'2026-07-18T06:05:00+00:00',NULL,NULL,2820000,NULL);
INSERT INTO orders VALUES(58,4,'2026-08-13',1331000,'CNY','技术培训',NULL,1,'2026-08-13T01:45:00+00:00',NULL,NULL,1331000,NULL);
INSERT INTO orders VALUES(59,4,'2026-09-13',3033000,'CNY','触摸屏 HMI-10',NULL,1,'2026-09-13T04:55:00+00:00',NULL,NULL,3033000,NULL);
INSERT INTO orders VALUES(60,4,'2026-10-11',4129000,'CNY','技术培训',874300,1,'2026-10-11T07:55:00+00:00',NULL,NULL,4129000,874300);
INSERT INTO orders VALUES(61,4,'2026-11-11',5040000,'CNY','触摸屏 HMI-10',NULL,0,'2026-11-11T03:20:00+00:00',NULL,NULL,5040000,NULL);
INSERT INTO orders VALUES(62,5,'2024-02-26',1535000,'CNY','PLC控制器 CX-200',447000,1,'2024-02-26T08:15:00+00:00',NULL,NULL,1535000,447000);
INSERT INTO orders VALUES(63,5,'2024-06-15',816000,'CNY','技术培训',226100,1,'2024-06-15T03:35:00+00:00',NULL,NULL,816000,226100);
INSERT INTO orders VALUES(64,5,'2024-09-25',1673000,'CNY','PLC控制器 CX-200',414500,1,'2024-09-25T08:10:00+00:00',NULL,NULL,1673000,414500);
INSERT INTO orders VALUES(65,5,'2024-12-22',2095000,'CNY','PLC控制器 CX-200',479200,1,'2024-12-22T05:00:00+00:00',NULL,NULL,2095000,479200);
INSERT INTO orders VALUES(66,5,'2025-04-11',500000,'CNY','技术培训',NULL,1,'2025-04-11T01:45:00+00:00',NULL,NULL,500000,NULL);
INSERT INTO orders VALUES(67,5,'2025-05-23',524000,'CNY','技术培训',106800,1,'2025-05-23T06:20:00+00:00',NULL,NULL,524000,106800);
INSERT INTO orders VALUES(68,5,'2025-09-04',635000,'CNY','技术培训',NULL,1,'2025-09-04T08:00:00+00:00',NULL,NULL,635000,NULL);
INSERT INTO orders VALUES(69,5,'2025-10-24',793000,'CNY','技术培训',NULL,1,'2025-10-24T07:45:00+00:00',NULL,NULL,793000,NULL);
INSERT INTO orders VALUES(70,5,'2026-01-06',1253000,'CNY','PLC控制器 CX-200',139600,1,'2026-01-06T02:55:00+00:00',NULL,NULL,1253000,139600);
INSERT INTO orders VALUES(71,5,'2026-03-25',0,'CNY','免费样品',NULL,1,'2026-03-25T02:45:00+00:00',NULL,NULL,0,NULL);
INSERT INTO orders VALUES(72,5,'2026-06-23',1022000,'CNY','技术培训',169300,1,'2026-06-23T05:55:00+00:00',NULL,NULL,1022000,169300);
INSERT INTO orders VALUES(73,5,'2026-08-09',733000,'CNY','技术培训',NULL,1,'2026-08-09T08:35:00+00:00',NULL,NULL,733000,NULL);
INSERT INTO orders VALUES(74,5,'2026-10-05',1037000,'CNY','PLC控制器 CX-200',285800,0,'2026-10-05T06:40:00+00:00',NULL,NULL,1037000,285800);
INSERT INTO orders VALUES(75,5,'2026-11-18',500000,'CNY','技术培训',99300,0,'2026-11-18T09:55:00+00:00',NULL,NULL,500000,99300);
INSERT INTO orders VALUES(76,6,'2024-08-08',201500,'USD','industrial sensor kit',NULL,1,'2024-08-08T14:30:00+00:00',NULL,NULL,1430650,NULL);
INSERT INTO orders VALUES(77,6,'2024-09-12',1505500,'USD','MES software licence',221700,1,'2024-09-12T14:50:00+00:00',NULL,NULL,10689050,1574070);
INSERT INTO orders VALUES(78,6,'2024-10-19',97500,'USD','spare parts',NULL,1,'2024-10-19T20:20:00+00:00',NULL,NULL,692250,NULL);
INSERT INTO orders VALUES(79,6,'2024-12-10',236500,'USD','industrial sensor kit',NULL,1,'2024-12-10T14:55:00+00:00',NULL,NULL,1679150,NULL);
INSERT INTO orders VALUES(80,6,'2025-01-26',117000,'USD','industrial sensor kit',16900,1,'2025-01-26T14:55:00+00:00',NULL,NULL,830700,119990);
INSERT INTO orders VALUES(81,6,'2025-02-16',251000,'USD','industrial sensor kit',81700,1,'2025-02-16T16:50:00+00:00',NULL,NULL,1782100,580070);
INSERT INTO orders VALUES(82,6,'2025-03-09',233500,'USD','industrial sensor kit',NULL,1,'2025-03-09T14:35:00+00:00',NULL,NULL,1657850,NULL);
INSERT INTO orders VALUES(83,6,'2025-04-29',156500,'USD','industrial sensor kit',25300,1,'2025-04-29T21:35:00+00:00',NULL,NULL,1111150,179630);
INSERT INTO orders VALUES(84,6,'2025-05-31',102000,'USD','industrial sensor kit',24600,1,'2025-05-31T22:35:00+00:00',NULL,NULL,724200,174660);
INSERT INTO orders VALUES(85,6,'2025-07-05',569000,'USD','MES software licence',94000,1,'2025-07-05T19:35:00+00:00',NULL,NULL,4039900,667400);
INSERT INTO orders VALUES(86,6,'2025-08-01',251000,'USD','industrial sensor kit',69600,1,'2025-08-01T15:55:00+00:00',NULL,NULL,1782100,494160);
INSERT INTO orders VALUES(87,6,'2025-09-10',865500,'USD','MES software licence',320600,1,'2025-09-10T22:55:00+00:00',NULL,NULL,6145050,2276260);
INSERT INTO orders VALUES(88,6,'2025-10-29',566000,'USD','MES software licence',139700,1,'2025-10-29T19:00:00+00:00',NULL,NULL,4018600,991870);
INSERT INTO orders VALUES(89,7,'2025-07-07',1673000,'CNY','伺服电机 SV-750',199600,1,'2025-07-07T08:10:00+00:00',NULL,NULL,1673000,199600);
INSERT INTO orders VALUES(90,7,'2026-05-19',1298000,'CNY','工业传感器套件',NULL,0,'2026-05-19T04:00:00+00:00',NULL,NULL,1298000,NULL);
INSERT INTO orders VALUES(91,7,'2026-05-28',1308000,'CNY','伺服电机 SV-750',174600,0,'2026-05-28T04:15:00+00:00',NULL,NULL,1308000,174600);
INSERT INTO orders VALUES(92,8,'2024-09-27',581000,'CNY','备品备件',202000,1,'2024-09-27T07:55:00+00:00',NULL,NULL,581000,202000);
INSERT INTO orders VALUES(93,8,'2024-11-01',575000,'CNY','备品备件',180900,1,'2024-11-01T06:00:00+00:00',NULL,NULL,575000,180900);
INSERT INTO orders VALUES(94,8,'2024-12-10',500000,'CNY','备品备件',185200,1,'2024-12-10T02:15:00+00:00',NULL,NULL,500000,185200);
INSERT INTO orders VALUES(95,8,'2025-01-20',500000,'CNY','备品备件',179700,1,'2025-01-20T04:15:00+00:00',NULL,NULL,500000,179700);
INSERT INTO orders VALUES(96,8,'2025-03-05',829000,'CNY','备品备件',NULL,1,'2025-03-05T04:20:00+00:00',NULL,NULL,829000,NULL);
INSERT INTO orders VALUES(97,8,'2025-04-17',602000,'CNY','备品备件',50300,1,'2025-04-17T02:30:00+00:00',NULL,NULL,602000,50300);
INSERT INTO orders VALUES(98,8,'2025-06-04',529000,'CNY','备品备件',NULL,1,'2025-06-04T06:45:00+00:00',NULL,NULL,529000,NULL);
INSERT INTO orders VALUES(99,8,'2025-07-12',824000,'CNY','备品备件',204900,1,'2025-07-12T04:40:00+00:00',NULL,NULL,824000,204900);
INSERT INTO orders VALUES(100,8,'2025-07-31',500000,'CNY','备品备件',48000,1,'2025-07-31T04:25:00+00:00',NULL,NULL,500000,48000);
INSERT INTO orders VALUES(101,8,'2025-09-01',824000,'CNY','备品备件',NULL,1,'2025-09-01T08:45:00+00:00',NULL,NULL,824000,NULL);
INSERT INTO orders VALUES(102,8,'2025-10-11',500000,'CNY','备品备件',NULL,1,'2025-10-11T08:55:00+00:00',NULL,NULL,500000,NULL);
INSERT INTO orders VALUES(103,8,'2025-11-03',618000,'CNY','备品备件',NULL,1,'2025-11-03T09:00:00+00:00',NULL,NULL,618000,NULL);
INSERT INTO orders VALUES(104,9,'2026-10-20',12800000,'CNY','數控機床配件',2300000,NULL,'2026-12-03T04:04:36+00:00',NULL,NULL,12800000,2300000);
INSERT INTO orders VALUES(105,12,'2026-10-05',880050,'USD','Tea sets',NULL,NULL,'2026-12-03T04:04:36+00:00',NULL,NULL,6248355,NULL);
INSERT INTO orders VALUES(106,10,'2026-09-15',5600000,'CNY','工业平板电脑',NULL,NULL,'2026-12-03T04:04:36+00:00',NULL,2,5600000,NULL);
INSERT INTO orders VALUES(107,9,'2026-11-01',3200050,'CNY','伺服電機',NULL,NULL,'2026-12-03T04:04:36+00:00',NULL,2,3200050,NULL);
CREATE TABLE tags (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    category TEXT NOT NULL DEFAULT 'custom'
             CHECK (category IN ('industry','need','risk','potential','custom')),
    color    TEXT
);
INSERT INTO tags VALUES(1,'制造业','industry',NULL);
INSERT INTO tags VALUES(2,'零售','industry',NULL);
INSERT INTO tags VALUES(3,'医疗','industry',NULL);
INSERT INTO tags VALUES(4,'教育','industry',NULL);
INSERT INTO tags VALUES(5,'物流','industry',NULL);
INSERT INTO tags VALUES(6,'金融','industry',NULL);
INSERT INTO tags VALUES(7,'IT软件','industry',NULL);
INSERT INTO tags VALUES(8,'能源','industry',NULL);
INSERT INTO tags VALUES(9,'建筑','industry',NULL);
INSERT INTO tags VALUES(10,'食品','industry',NULL);
INSERT INTO tags VALUES(11,'Manufacturing','industry',NULL);
INSERT INTO tags VALUES(12,'Retail','industry',NULL);
INSERT INTO tags VALUES(13,'Healthcare','industry',NULL);
INSERT INTO tags VALUES(14,'Education','industry',NULL);
INSERT INTO tags VALUES(15,'Logistics','industry',NULL);
INSERT INTO tags VALUES(16,'Finance','industry',NULL);
INSERT INTO tags VALUES(17,'IT','industry',NULL);
INSERT INTO tags VALUES(18,'Energy','industry',NULL);
INSERT INTO tags VALUES(19,'Construction','industry',NULL);
INSERT INTO tags VALUES(20,'Food','industry',NULL);
INSERT INTO tags VALUES(21,'设备升级','need',NULL);
INSERT INTO tags VALUES(22,'价格敏感','need',NULL);
INSERT INTO tags VALUES(23,'交期敏感','need',NULL);
INSERT INTO tags VALUES(24,'需要账期','need',NULL);
INSERT INTO tags VALUES(25,'定制需求','need',NULL);
INSERT INTO tags VALUES(26,'Needs financing','need',NULL);
INSERT INTO tags VALUES(27,'Price sensitive','need',NULL);
INSERT INTO tags VALUES(28,'Custom specs','need',NULL);
INSERT INTO tags VALUES(29,'Fast delivery','need',NULL);
INSERT INTO tags VALUES(30,'付款慢','risk',NULL);
INSERT INTO tags VALUES(31,'竞品在谈','risk',NULL);
INSERT INTO tags VALUES(32,'关键人离职','risk',NULL);
INSERT INTO tags VALUES(33,'Late payer','risk',NULL);
INSERT INTO tags VALUES(34,'Competitor trial','risk',NULL);
INSERT INTO tags VALUES(35,'Budget freeze','risk',NULL);
INSERT INTO tags VALUES(36,'重点','potential',NULL);
INSERT INTO tags VALUES(37,'高潜力','potential',NULL);
INSERT INTO tags VALUES(38,'可交叉销售','potential',NULL);
INSERT INTO tags VALUES(39,'Key account','potential',NULL);
INSERT INTO tags VALUES(40,'High potential','potential',NULL);
INSERT INTO tags VALUES(41,'Upsell','potential',NULL);
INSERT INTO tags VALUES(42,'展会2025','custom',NULL);
INSERT INTO tags VALUES(43,'Trade show 2025','custom',NULL);
INSERT INTO tags VALUES(44,'VIP','custom',NULL);
INSERT INTO tags VALUES(45,'老客户','custom',NULL);
INSERT INTO tags VALUES(46,'春节礼品','custom',NULL);
INSERT INTO tags VALUES(47,'Newsletter','custom',NULL);
INSERT INTO tags VALUES(48,'重點客戶','potential',NULL);
INSERT INTO tags VALUES(49,'深圳客户','custom',NULL);
INSERT INTO tags VALUES(50,'UK','custom',NULL);
INSERT INTO tags VALUES(51,'个人','custom',NULL);
INSERT INTO tags VALUES(52,'广交会线索','custom',NULL);
CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (customer_id, tag_id)
) WITHOUT ROWID;
INSERT INTO customer_tags VALUES(8,4);
INSERT INTO customer_tags VALUES(1,7);
INSERT INTO customer_tags VALUES(2,17);
INSERT INTO customer_tags VALUES(8,23);
INSERT INTO customer_tags VALUES(1,24);
INSERT INTO customer_tags VALUES(6,27);
INSERT INTO customer_tags VALUES(6,29);
INSERT INTO customer_tags VALUES(8,31);
INSERT INTO customer_tags VALUES(1,32);
INSERT INTO customer_tags VALUES(6,34);
INSERT INTO customer_tags VALUES(4,36);
INSERT INTO customer_tags VALUES(3,38);
INSERT INTO customer_tags VALUES(5,38);
INSERT INTO customer_tags VALUES(2,40);
INSERT INTO customer_tags VALUES(4,44);
INSERT INTO customer_tags VALUES(3,45);
INSERT INTO customer_tags VALUES(4,45);
INSERT INTO customer_tags VALUES(5,45);
INSERT INTO customer_tags VALUES(9,48);
INSERT INTO customer_tags VALUES(10,48);
INSERT INTO customer_tags VALUES(10,49);
INSERT INTO customer_tags VALUES(11,49);
INSERT INTO customer_tags VALUES(12,50);
INSERT INTO customer_tags VALUES(13,51);
INSERT INTO customer_tags VALUES(11,52);
INSERT INTO customer_tags VALUES(13,52);
CREATE TABLE not_duplicates (
    customer_a INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    customer_b INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (customer_a, customer_b),
    CHECK (customer_a < customer_b)
) WITHOUT ROWID;
INSERT INTO not_duplicates VALUES(10,11,'2026-12-03T04:04:36+00:00');
CREATE TABLE merges (
    id          INTEGER PRIMARY KEY,
    survivor_id INTEGER NOT NULL REFERENCES customers(id),
    merged_ids  TEXT NOT NULL,   -- JSON list of customer ids merged away
    undo        TEXT NOT NULL,   -- JSON: everything needed to restore exactly
    merged_at   TEXT NOT NULL,
    undone_at   TEXT
);
INSERT INTO merges VALUES(1,12,'[14]','{"survivor": {"id": 12, "code": "C00012", "name": "Northwind Traders Ltd", "kind": "company", "industry": "零售 Retail", "size": null, "region": null, "city": "London", "street": "12 Baker Street, London W1U 3BW, UK", "contact_name": "Margaret Peacock", "contact_title": "Purchasing Manager", "phone": "+44 20 7946 0958", "phone_e164": "+442079460958", "email": "m.peacock@northwind.co.uk", "website": null, "source": null, "grade": null, "need_match": null, "win_likelihood": null, "growth_potential": null, "strategic": null, "notes": null, "created_at": "2026-12-03T04:04:36+00:00", "updated_at": "2026-12-03T04:04:36+00:00", "row_version": 1, "merged_into": null, "deleted_at": null, "import_id": null, "postcode": null, "country": null, "phone_invalid": 0}, "merged": [{"id": 14, "code": "C00014", "name": "Northwind Traders Limited", "kind": "company", "industry": null, "size": null, "region": null, "city": "London", "street": null, "contact_name": "Maggie Peacock", "contact_title": null, "phone": "+44 20 7946 0958", "phone_e164": "+442079460958", "email": "m.peacock@northwind.co.uk", "website": null, "source": null, "grade": null, "need_match": null, "win_likelihood": null, "growth_potential": null, "strategic": null, "notes": null, "created_at": "2026-12-03T04:04:36+00:00", "updated_at": "2026-12-03T04:04:36+00:00", "row_version": 1, "merged_into": null, "deleted_at": null, "import_id": null, "postcode": null, "country": null, "phone_invalid": 0}], "moved": {"14": {"interactions": [233], "orders": []}}, "customer_tags": [[12, 50]]}','2026-12-03T04:04:36+00:00',NULL);
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL          -- JSON
);
INSERT INTO settings VALUES('region','"CN"');
INSERT INTO settings VALUES('guessed','{}');
INSERT INTO settings VALUES('currency','"CNY"');
INSERT INTO settings VALUES('views','[{"descending": true, "filter": "", "name": "华创 重点", "search": "华创", "sort": "score"}]');
INSERT INTO settings VALUES('follow_up_days','{"call": 5, "visit": 10}');
INSERT INTO settings VALUES('industry_synonyms','{"半导体": "制造 Manufacturing"}');
INSERT INTO settings VALUES('scoring',replace('{\n  "version": 1,\n  "window_days": 300,\n  "recency": {\n    "method": "quintile",\n    "bands": [],\n    "otherwise": 1\n  },\n  "frequency": {\n    "method": "quintile",\n    "bands": [],\n    "otherwise": 1\n  },\n  "monetary": {\n    "method": "quintile",\n    "bands": [],\n    "otherwise": 1\n  },\n  "dimensions": {\n    "current_value": {\n      "weight": 40.0,\n      "inputs": {\n        "recency": 30.0,\n        "frequency": 30.0,\n        "monetary": 40.0\n      }\n    },\n    "growth_potential": {\n      "weight": 30.0,\n      "inputs": {\n        "growth_rating": 50.0,\n        "need_match": 25.0,\n        "spend_trend": 25.0\n      }\n    },\n    "relationship_stability": {\n      "weight": 20.0,\n      "inputs": {\n        "tenure": 40.0,\n        "regularity": 30.0,\n        "sentiment": 30.0\n      }\n    },\n    "strategic_importance": {\n      "weight": 10.0,\n      "inputs": {\n        "strategic_rating": 100.0\n      }\n    }\n  },\n  "tiers": {\n    "strategic": 90.0,\n    "core": 70.0,\n    "potential": 50.0\n  },\n  "priority": {\n    "Strategic": {\n      "normal": "S",\n      "churn": "S"\n    },\n    "Core": {\n      "normal": "A",\n      "churn": "S"\n    },\n    "Potential": {\n      "normal": "B",\n      "churn": "A"\n    },\n    "Basic": {\n      "normal": "C",\n      "churn": "C"\n    }\n  },\n  "neutral": 50.0,\n  "new_days": 90,\n  "tenure_cap_years": 5.0,\n  "trend_cap_pct": 100.0,\n  "churn": {\n    "min_order_days": 3,\n    "gap_multiplier": 2.0,\n    "min_extra_days": 30,\n    "negatives": 2,\n    "of_last": 3\n  },\n  "sentiment": {\n    "window_days": 90,\n    "half_life_days": 30.0\n  },\n  "segments": "standard"\n}','\n',char(10)));
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','customer_fts','customer_fts',0,'CREATE VIRTUAL TABLE customer_fts USING fts5(
    doc, pinyin, tokenize = ''unicode61 remove_diacritics 2''
)');
CREATE TABLE IF NOT EXISTS 'customer_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO customer_fts_data VALUES(1,X'118551820a');
INSERT INTO customer_fts_data VALUES(10,X'0000000001090a0009010102020101030101040101050101060101070101080101090101');
INSERT INTO customer_fts_data VALUES(137438953473,X'00000ebb0530303735350102150508393931353636383501021801013106020c020330353407041906020a3231333236333731333102020f020233320502160408343036333439343405021902033537360202210202363308020f0302363303021905043934303403021c020a3737333735383335383106021002023832030218030937343736303733393508020a0301380702170408383030323130353407021a0202393201022d010332313302020b05024604073236333731333102020e020336303305023303013302020c010333313503022e020732363337313331020210020335383106040f0502073735383335383106021101043430363305021705043439343405021b0207313030373738320404150402073736303733393508020c02023931060224030234340504180601033533320402140102363004022b03033635370602270203363835010417060202393704023401043731333102040d06020333393508020d0202353806020e0202373306020d030238320402180202393308022801043830303207021805043130353407021c020136030217010213040209030b313332343036333439343405021a040a3832313636333934303403021b050937343736303733393508020b050938383030323130353407021b030b3533323431303037373832040216030b3735353939313536363835010219010539303039320202240202333605022f020334303403041a05020339313501021605043636383501021a01016106022202036c736f06021f02066e67656c657302021b01016205023102056561636f6e0602030205756467657402021c0106633030303031010202060132020202060133030202060134040202060135050202060136060202060137070202060138080202020861697869756c616e03081e01011b03086c69666f726e696102021903027065060226020b68656e676a69656c696e6707021f0d0c676f6e6779696e676c69616e07060101020305696361676f06021704026e6101023002023101023701023602024901022b020d6a6c67796c676c676679786773070601010302016e01041e13020420120102360104211602024801022a02016f06020503016d02021402021c010220020220010210040770657469746f720602230202786c030601011c020479636c6502021d01086465636973696f6e06021c021769616e7a697368697965796f757869616e676f6e677369030601010c0205726976657306021a02077a737979786773030601010d0109656475636174696f6e08021302086c697a6162657468060207020a6e67696e656572696e6702020a04040b0f011866656973686978696e686f6e676469616e7a697368697965030601010403056e676c616e0806010104040d796f757869616e676f6e677369040601010c03060101140205686534353308020e02016c0806010105020b737868647a7379797867730306010105020479786773040601010d03060101150106676679786773040601010b030601011302076c676679786773070601010f02056f6e6773690106010118020601011801060101120106010114020601011a051479696e676c69616e6775616e6c69677566656e79070601010802047265656e0602250201730106010119020601011901060101130106010115020601011b021775616e6c69677566656e796f757869616e676f6e677369070601010e031066656e796f757869616e676f6e677369040601010a0306010112020a796c676c6766797867730706010109010668616979616e05081d01011903066d696c746f6e02020703166e677a686f757368696b657975616e7368616e676d6105060101020208647a737979786773030601010b0203656164020208040209031666656973686978696e686f6e676469616e7a69736869030601010205056e676c616e08060101020202666c0806010103030b737868647a73797978677303060101030209686b6a676679786773040601010302086b6a676679786773040601010502176f6e676469616e7a697368697965796f757869616e676f030601010a0504686f6e6704021b09106b656a69677566656e796f757869616e040601010205146b656a69677566656e796f757869616e676f6e670406010104020179050601011a020a7a736b79736d7978677305060101030108696c6c696e6f697306021602016e02021f0301630202050308647573747269616c06020402017401022101021702021f01076a616e7561727902022002066766797867730406010109021769656c696e67676f6e6779696e676c69616e6775616e6c07060101040312677566656e796f757869616e676f6e67736904060101080310736875796f757869616e676f6e6773690106010110020c6c67796c676c676679786773070601010502057379786773010601011101166b656a69677566656e796f757869616e676f6e677369040601010603047975616e05021f07127368616e676d616f796f757869616e676f6e050601010802076a6766797867730406010107020779736d79786773050601010901036c616e030601011f050601010603047273656e06020802036561640602190206676679786773070601011103076c676679786773070601010d030a796c676c6766797867730706010107021769616e6775616e6c69677566656e796f757869616e676f070601010c0312677566656e796f757869616e676f6e677369070601011003166e67676f6e6779696e676c69616e6775616e6c6967750706010106030273610202220304796f6e6707081e01011d02086f6769737469637307022303017302021a020274640602060206757869616e67010601011b020178010601011c020179070601011e010d6d616e75666163747572696e67030223030215030e6f796f757869616e676f6e677369050601010e02076f746f72776179020223020479786773050601010f01026f6602020904020a0105707269636506021d0209757263686173696e6702021201057169616e67040819010117010672657461696c0502240205756979756e01021d071278696e78696a69736875796f757869616e67010601010802097978786a73797867730106010109010973656e73697469766506021e021468616e676d616f796f757869616e676f6e677369050601010c0316656e7a68656e73686972756979756e78696e78696a6901060101020316696b657975616e7368616e676d616f796f757869616e0506010106041572756979756e78696e78696a69736875796f7578690106010106041578696e686f6e676469616e7a697368697965796f750306010106040f7965796f757869616e676f6e6773690306010110030e75796f757869616e676f6e6773690106010112020169010601011a020601011a01060101140106010116020601011c02086b79736d79786773050601010702056d79786773050601010d02076f667477617265010222010218020220020a727978786a737978677301060101070205746172747302021e040374657302022704022a020a7868647a737979786773030601010702047978677301060101130304797867730306010111020c7a73727978786a73797867730106010103010774616c6b696e67060220020b6563686e6f6c6f676965730202040202686506021b02016f06022103026e790202060106756e69746564020226040229020173020225040228010a76616c656e7a75656c6102040312010477616e6705021e050668616979616e0506010117020268790506010118010378677301060101170206010117010601011101060101130206010119020968647a7379797867730306010109020469616e67010601011d06056f6e6773690106010116020601011601060101100106010112020601011804016f04021a05057169616e67040601011503126a69736875796f757869616e676f6e677369010601010e03056e686f6e6703021f08116469616e7a697368697965796f757869610306010108041478696a69736875796f757869616e676f6e677369010601010c0304756c616e030601011d02066a7379786773010601010f02016c030601011e03017501021c02017104060101160207786a7379786773010601010d010379616e050601011b020e65796f757869616e676f6e67736903060101120217696e676c69616e6775616e6c69677566656e796f757869070601010a02096c676c676679786773070601010b02036f6e67070601011f030b757869616e676f6e67736901060101140206010114010601010e010601011002060101160206736d79786773050601010b021775616e7368616e676d616f796f757869616e676f6e6773050601010a03166e78696e78696a69736875796f757869616e676f6e67010601010a020378677301060101150206010115010601010f010601011102060101170307786a7379786773010601010b020479786773030601011301187a68656e73686972756979756e78696e78696a6973687579010601010403166f757368696b657975616e7368616e676d616f796f7505060101040213697368697965796f757869616e676f6e677369030601010e0209736b79736d797867730506010105030a727978786a7379786773010601010503057979786773030601010f0103e4b88004022703018a0804140403018d07023003019304021103019a03020b01023103019c0102240302220402220301ad01023102023201023801023702024a01022c0202ba860702360301910102070301ba0702430202bb8b07022c0301980402250301b601022001021602021e0301bd04020803020c0202bd95080403050301990502290202be9b0702060202bfa10102080103e5858808021a0301ac01020e02020e01020b01020c02020f0301b0030212050405050301b307022e0202868d08021e0301b308021f0202878c0702050301a408040405020288b603022103021302028aa007023f0301a103021402028b8707021202028c850302280301970702250301ba01022902022a01022f01022b02024201022402028e820702380301bb07023202028fb701022e02022f0102350102300202470102290301b801020f02020f01020c01020d0202100202908803040325020291980402120202938108021d020294ae050223020295860502080202969c08021804090d06090f070d080707090f070e060d070b0c0806080c090c09090d0c070808070809070a080707070709090c100f0e0e10100a0709080906080b060a0a0b06060606060606100d0710130a16141806120c09090d1e0a0e0e0d131f0c190a081210120e201b091c1e1c110e0b1d0f0b1d0c0912100f1e09171b08110d06060d0c0c0d1e1917130c1d09190e0e0f09080d0e111e191d070c0d06070d080815150c0b0a0a0e0d0b0a19100e1b1d1d1c1c16151c0f0c12110a0b110b0b130c100706070e0910090d091e100b20060c190a181b0b0d0806080e0a151e100a260d1e1d1e0e0b1f1d1a10110c08070606090c1507060607060c090806070708120a06070607070a070607070615070616120807070707');
INSERT INTO customer_fts_data VALUES(137438953474,X'0000036c0430e59bbd01023201022901023301023901023801022c01024b01022d02029cb3010404240202a29e07023e0202a48705021202023b0301a70402320301a904022c0202ad900302090301a601022a02022b0202ae8901022802022403018f03020701020303019a08022003019d01022703019e03020a0301a207022a0301a40502340202b1b10402210302410202b29b0404240c0202b79e050404260301a50402300202b8820102050202050202050202b9b40702330301bf0102230202ba9407020703019c01022b02022c0301a70502320202bbba0702350202bc980402040301ba04020e0202bebd0302250103e680bb010212020281af010209020283b3010211020288b707022b0301bf070239020289a907023402028a8001020a03020602028db707020402029599080211020296b007023701022302029c8804022903018901020c02020c01020901020a02020d0301af01020b02029d8e0702110301ad05060326050202a0b708021c0202aca20802190301be0402260202ada60702260202b0910702440202b18207023d03018907022703019f0502260302260202b2b30302290202b4aa0702400202b5810702220301990502250301a60802210301b705020f030415040202b7b1010403240202b9960702240103e78795050210020289a907022102028e8b05020e0202908601021402021602021502040a0e0202919e010206020294b10702280301b503020802029c8b08021b0202a7800302110301910402050102060202aea10702090202b3bb07022f0202bb8d07022d03018f01021302021502021402021503019304022a0202be8e02022804022b0103e88081070229020282a104020703020b0301a5030404250301b2080212020288ac040228020290a704020d020294a103021002029e8d05022d0202a19705022e0202aebe05021102023a0202af9a0702030202b4a20302130301ad0402100302140301b80502090202b7af01022c02022d0402450102270202bdaf01021f01021502021d0202bf9c0502070103e980a003022203021402028193040233020283a80502130202878704020f03021303019105022c020291ab030206020293be07020802029499070231020295bf0802250202999001020d02020d01020a01020b02020e02029bb605022202029c8007023c02029d920402230202b9bf0102100202bb8404022d041d08070a060607090a0906060606060a0808060d0706070906070706070807070706070a07070a0712060708070706070707060907070706060a0807080707110707060707090707070f060a080a070607070707070a07070906100d070b07070a06070707071307070707');
INSERT INTO customer_fts_data VALUES(274877906945,X'000003330430303230090214040838383838363636360902170102313009023f01043636363609041606010c38363230383838383636363609021802033838380902150504363636360902190106633030303039090202020368656e09021b05077a68696d696e670906010115031575616e676b656a69796f757869616e676f6e677369090601010802066b6a79786773090601010902016e09021f02026f6d09021e02027a6d09060101160106676f6e67736909060101120201730906010113021775616e677a686f75687561636875616e676b656a69796f090601010202097a68636b6a797867730906010103010868636b6a79786773090601010702087561636875616e6709021d0a0f6b656a69796f757869616e676f6e670906010106010f6a69796f757869616e676f6e677369090601010c020479786773090601010d01116b656a69796f757869616e676f6e677369090601010a02056a79786773090601010b010d6d616e75666163747572696e670902220203696e67090601011901027369090601011401037867730906010111020969616e676f6e6773690906010110010d796f757869616e676f6e677369090601010e0203786773090601010f01097a68636b6a7978677309060101050305696d696e6709081c01011703166f75687561636875616e676b656a69796f757869616e090601010402016d09060101180103e4b89c0902240202bc9a09022f0202bd930902280103e585ac09020b0202889b0902060301b609022002028cba09023702028d8e0904053902028fb70902400301b809020c02029f8e09023b0202a48f09023d0301a90902350202ad970902290202aea209022a0202b19509022e0202b79e090604240f0202b8820902340202b9bf09080322040f0202bf9709020e0103e688b709022b02028a80090208020296b009023a0202988e09020f02029c890902090202b19f0902390202b2b30902360202b8af09022d0103e78fa0090238020290860902130202a7910902070202b9810902270202bb8f0902120103e8aea40902300202af860902310202b4ad0902110202b7af09023e0103e980a0090221020287870902100202998809020d03019009020a0202a69909022c04080d070a1108090b080e1c0d0607090d081e100f0d16160b180c120a090a10140a100d1d080807070807060708070607070607070709070a07080707070707070708070707070807070708070706');
INSERT INTO customer_fts_data VALUES(412316860417,X'0000031d0530303031330a02150504383030300a02190101310a0239020233380a0214040830303133383030300a02170104383030300a041606020c3631333830303133383030300a021801066330303031300a020202016e0a021d01136469616e7a69796f757869616e676f6e6773690a0601010c02057a797867730a0601010d010766647a797867730a0601010b021565696469616e7a69796f757869616e676f6e6773690a0601010a0106676f6e6773690a060101140201730a06010115010269740a022001187368656e7a68656e73686974656e676665696469616e7a690a0601010203166974656e676665696469616e7a69796f757869616e670a060101060201690a0601011602076f6674776172650a022102087466647a797867730a06010107020a7a737466647a797867730a06010103010774656e676665690a021c08116469616e7a69796f757869616e676f6e670a06010108020766647a797867730a0601010901037765690a0601011901037867730a06010113020969616e676f6e6773690a06010112010d796f757869616e676f6e6773690a0601011002037867730a0601011101087a68616e677765690a081b0101170316656e73686974656e676665696469616e7a69796f75780a06010104020e69796f757869616e676f6e6773690a0601010e0209737466647a797867730a060101050201770a060101180204797867730a0601010f0103e4b89c0a02230202bbb60a021f0202bc9f0a020f0103e585ac0a020c02028cba0a023402028d870a022b0301970a023202028fb70a023a0301b80a020d02029bad0a023702029cb30a0604230d0202a4870a022a0202ad900a02090202b1b10a02330202b8820a04052e0202b9b40a02260301bf0a02220202ba950a02270202bca00a020e0103e68a800a023602029c890a040a200202b7b10a0603230d0103e790860a0213020294b50a02080202a7910a02350202ae970a022e0202baa70a022c0202bb8f0a02120103e885be0a02060202aebe0a02290202b4ad0a02110202b7af0a02380202bdaf0a021e0103e987870a0210020299900a020b0202a2840a022d0202a39e0a020704090906070d0a110b061a0c0e1c0d08071f1d080c0f110c180e0a0a10140a101d1510080b080707080707060706070907070708070607070808090807070707070807070707080707');
INSERT INTO customer_fts_data VALUES(549755813889,X'0000024e0530303735350b0210050832363636383838380b02130104323636360b02110504383838380b0215010d383637353532363636383838380b021402033838380b04120601066330303031310b020201146665696b656a69796f757869616e676f6e6773690b0601010a02066b6a797867730b0601010b0106676f6e6773690b060101140201730b06010115010f6a69796f757869616e676f6e6773690b0601010e0204797867730b0601010f01116b656a69796f757869616e676f6e6773690b0601010c02056a797867730b0601010d01076c697579616e670b060101170201790b0601011801187368656e7a68656e73686974656e676665696b656a69796f0b0601010203166974656e676665696b656a69796f757869616e676f6e0b060101060201690b06010116020874666b6a797867730b06010107020a7a7374666b6a797867730b06010103011874656e676665696b656a69796f757869616e676f6e6773690b060101080207666b6a797867730b0601010901037867730b06010113020969616e676f6e6773690b06010112010479616e670b06010119020c6f757869616e676f6e6773690b0601011002037867730b0601011101187a68656e73686974656e676665696b656a69796f757869610b0601010402097374666b6a797867730b060101050103e585ac0b020c020288980b020e02028fb80b020d02029cb30b0404160202b8820b02050103e68a800b020902029c890b020a0202b48b0b020f0202b7b10b0403160103e7a7910b02080103e885be0b02060103e999900b020b0202a39e0b020704090d090912090b1b0d0d08160b180c0e081f1d080f111f0e0a100b130a1f10080707080708070708080808');
INSERT INTO customer_fts_data VALUES(687194767361,X'000001020530303935380c040d05010231320c021a010232300c020b01033362770c021f010234340c020a030a323037393436303935380c020e0104373934360c020c0504303935380c020f010562616b65720c021b01066330303031320c020202016f0c021401066c6f6e646f6e0c041906020274640c020501016d0c02110206616e616765720c020903067267617265740c020601096e6f72746877696e640c0403120107706561636f636b0c04070d0209757263686173696e670c0208010672657461696c0c021801067374726565740c021c0107747261646572730c02040102756b0c04150d01037731750c021e0103e594ae0c02170103e99bb60c0216040a070708070f09090a0b060c07060b0b0f0d0e0b0b0c080808');
INSERT INTO customer_fts_data VALUES(824633720833,X'0000008c0530313233340d02060504353637380d020a020233390d0205040831323334353637380d02080104353637380d040706010d383631333931323334353637380d020901066330303031330d020201046c696e610d0601010202016e0d0601010301026e610d060101040103e4b88a0d020c0103e5a89c0d02040103e69d8e0d02030202b5b70d020d040909070d0a120b0b0809080808');
INSERT INTO customer_fts_data VALUES(962072674305,X'000000a30530303935380e040b05010232300e0209010234340e0208030a323037393436303935380e020c0104373934360e020a0504303935380e020d01066330303031340e020202016f0e021201076c696d697465640e020502056f6e646f6e0e021401016d0e020f020561676769650e020601096e6f72746877696e640e0403100107706561636f636b0e04070b0107747261646572730e02040102756b0e0213040a07070f09090b060c0a060a0f0d0c');
INSERT INTO customer_fts_data VALUES(1099511627777,X'000001020530303935380c050d05010231320c031a010232300c030b01033362770c031f010234340c030a030a323037393436303935380c030e0104373934360c030c0504303935380c030f010562616b65720c031b01066330303031320c030202016f0c031401066c6f6e646f6e0c051906020274640c030501016d0c03110206616e616765720c030903067267617265740c030601096e6f72746877696e640c0503120107706561636f636b0c05070d0209757263686173696e670c0308010672657461696c0c031801067374726565740c031c0107747261646572730c03040102756b0c05150d01037731750c031e0103e594ae0c03170103e99bb60c0316040a070708070f09090a0b060c07060b0b0f0d0e0b0b0c080808');
INSERT INTO customer_fts_data VALUES(1236950581249,X'000006020530303537311002120508383736353433323110021501033130300f022b020632333435363711020a0101320f021702033334350f02180504363738390f021b01043433323110041406020335363711020d020139110208030938393132333435363711020b0101351102100104363738390f04190501013810022a020430333331110211020c3635373138373635343332311002160203373635100213050434333231100217020238360f021604093232333435363738390f021a0201391102090108393132333435363711020c0108626572676d616e6e11020301066330303031350f0202060136100202060137110202021168617965796f757869616e676f6e677369100601010a0309656e6d65696c696e670f0601011902026d6c0f0601011a02057979786773100601010b01026465110212021769616e7a69677566656e796f757869616e676f6e6773690f0601010a02077a6766797867730f0601010b010e65696e6b617566736c6569746572110207010466616e671006010117020f656e796f757869616e676f6e6773690f0601011002036f6f6410021b0204797867730f0601011101076765726d616e79110213020566797867730f0601010f02036d626811020402056f6e6773690f0601011601060101120204726f73731102060201730f06010117010601011302117566656e796f757869616e676f6e6773690f0601010e011868616e677a686f756c767975616e6368617965796f7578691006010102030a7570747374726173736511020f0208647a6766797867730f06010109021775616469616e7a69677566656e796f757869616e676f6e0f0601010802097a6c79637979786773100601010301066a757267656e110205010a6c68647a6766797867730f06010107021769616e6875616469616e7a69677566656e796f757869610f0601010603026e670f0601011d0217767975616e6368617965796f757869616e676f6e67736910060101060207796379797867731006010107010d6d616e75666163747572696e670f021f020665696c696e670f0601011b02016c0f0601011c0206756e6368656e11020e010273690f060101180106010114011874616977616e6c69616e6875616469616e7a69677566656e0f06010102020b776c68647a6766797867730f06010103010877616e6766616e67100601011504156c69616e6875616469616e7a69677566656e796f750f060101040201661006010116020a6c68647a6766797867730f0601010501037867730f060101150106010111020969616e676f6e6773690f0601011401060101100107796379797867731006010109020e65796f757869616e676f6e677369100601010c020c6f757869616e676f6e6773690f06010112010601010e021575616e6368617965796f757869616e676f6e677369100601010802037867730f06010113010601010f020479786773100601010d01077a6766797867730f0601010d0217686f756c767975616e6368617965796f757869616e676f1006010104021369677566656e796f757869616e676f6e6773690f0601010c02086c7963797978677310060101050103e4b89a0f02120102080202b9890f02260202ba951002280202bb810f02290301bd0f020a0202bfa10f02250103e585ac0f020d01020b020288b60f021d02028aa10f021302028c970f0421040301ba0f022701022602028d8e0f020602028fb00f06031f040301b70f022c01022b0301b80f020e01020c0202938110021a02029bbd1102150202ad900f02080202b79e1006041b070202b8820f02240102230202beb71102140103e680bb10020f02029c890f020b01020902029dad1006031b070301be0f02280202b19f10021f0202b59910021e0202b9961002250301be0f02040202ba901002060103e78e8b10020d0301b20f0211020290860f0215010211020294b50f020702029c811002200202bb8f0f02140102100301bf1002050202be8e0f02100103e881940f0205020282a10f020902028ab310020e02028cb61002070202a5bf1002240202b7af0f022a0102290103e980a00f021e020299880f020f0301900f020c01020a0202a39f1002190202be9910022704090d080b0608090a08060e060a0609110809070e060d0d0b06061810090c071e0e130b16080b0c0c0811090d181f0f0f1e100b111e091e0e120d080b0e1f120f1c08110f150e15181c0f0b0e1e1a0f0b07070706070b0707080907090909070707090a07080a0906070707060708060a07070a060708070707070a08070907');
CREATE TABLE IF NOT EXISTS 'customer_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO customer_fts_idx VALUES(1,X'',2);
INSERT INTO customer_fts_idx VALUES(1,X'30e59b',4);
INSERT INTO customer_fts_idx VALUES(2,X'',2);
INSERT INTO customer_fts_idx VALUES(3,X'',2);
INSERT INTO customer_fts_idx VALUES(4,X'',2);
INSERT INTO customer_fts_idx VALUES(5,X'',2);
INSERT INTO customer_fts_idx VALUES(6,X'',2);
INSERT INTO customer_fts_idx VALUES(7,X'',2);
INSERT INTO customer_fts_idx VALUES(8,X'',2);
INSERT INTO customer_fts_idx VALUES(9,X'',2);
CREATE TABLE IF NOT EXISTS 'customer_fts_content'(id INTEGER PRIMARY KEY, c0, c1);
INSERT INTO customer_fts_content VALUES(1,'c00001  深  圳  市  瑞  云  信  息  技  术  有  限  公  司   鹿  想   总  经  理  0755 9915 6685 075599156685 8675599156685 99156685 6685 xlu@ruiyun.cn  软  件  it & software  广  东   深  圳   宝  安  区  学  府  路 192 号  cn china  中  国 ','shenzhenshiruiyunxinxiji szsryxxjsyxgs zhenshiruiyunxinxijishuy zsryxxjsyxgs shiruiyunxinxijishuyouxi sryxxjsyxgs ruiyunxinxijishuyouxiang ryxxjsyxgs yunxinxijishuyouxiangong yxxjsyxgs xinxijishuyouxiangongsi xxjsyxgs xijishuyouxiangongsi xjsyxgs jishuyouxiangongsi jsyxgs shuyouxiangongsi syxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si luxiang lx xiang');
INSERT INTO customer_fts_content VALUES(2,'c00002 valenzuela technologies inc. tony hamilton head of engineering (213) 263-7131 2132637131 12132637131 32637131 7131 purchasing@valenzuela.com  软  件  it & software california los angeles budget cycle starts in january. 1576 lisa motorway 90092 us united states  美  国 ','');
INSERT INTO customer_fts_content VALUES(3,'c00003  合  肥  市  鑫  宏  电  子  实  业  有  限  公  司   蔡  秀  兰   财  务  经  理  +86 182-1663-9404 8618216639404 16639404 9404 caixiulan@xinhong.cn  制  造  manufacturing  安  徽   合  肥   包  河  区  学  府  路 315 号  cn china  中  国 ','hefeishixinhongdianzishi hfsxhdzsyyxgs feishixinhongdianzishiye fsxhdzsyyxgs shixinhongdianzishiyeyou sxhdzsyyxgs xinhongdianzishiyeyouxia xhdzsyyxgs hongdianzishiyeyouxiango hdzsyyxgs dianzishiyeyouxiangongsi dzsyyxgs zishiyeyouxiangongsi zsyyxgs shiyeyouxiangongsi syyxgs yeyouxiangongsi yyxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si caixiulan cxl xiulan xl lan');
INSERT INTO customer_fts_content VALUES(4,'c00004  宏  弘  科  技  股  份  有  限  公  司   萧  强   采  购  专  员  +86 532 41007782 8653241007782 41007782 7782 qiang.xiao@honghong.com  软  件  it & software  山  东   青  岛   付  款  一  般  月  结 60 天 。  黄  岛  区  工  业  大  道 697 号  cn china  中  国 ','honghongkejigufenyouxian hhkjgfyxgs hongkejigufenyouxiangong hkjgfyxgs kejigufenyouxiangongsi kjgfyxgs jigufenyouxiangongsi jgfyxgs gufenyouxiangongsi gfyxgs fenyouxiangongsi fyxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si xiaoqiang xq qiang');
INSERT INTO customer_fts_content VALUES(5,'c00005  杭  州  市  科  远  商  贸  有  限  公  司   王  海  燕   设  备  部  经  理  132-4063-4944 13240634944 8613240634944 40634944 4944 haiyan.wang@keyuan.com.cn  零  售  retail  浙  江   杭  州   余  杭  区  金  融  街 936 号 b 座 2603 室  cn china  中  国 ','hangzhoushikeyuanshangma hzskysmyxgs zhoushikeyuanshangmaoyou zskysmyxgs shikeyuanshangmaoyouxian skysmyxgs keyuanshangmaoyouxiangon kysmyxgs yuanshangmaoyouxiangongs ysmyxgs shangmaoyouxiangongsi smyxgs maoyouxiangongsi myxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si wanghaiyan why haiyan hy yan');
INSERT INTO customer_fts_content VALUES(6,'c00006 beacon industrial co., ltd. elizabeth larsen head of engineering 1-773-758-3581 17737583581 37583581 3581  制  造  manufacturing illinois chicago engineering lead drives the decision. price sensitive; also talking to a competitor. 491 green cape 60657 us united states  美  国 ','');
INSERT INTO customer_fts_content VALUES(7,'c00007  诚  捷  凌  供  应  链  管  理  股  份  有  限  公  司   李  勇   采  购  经  理  188 8002 1054 18880021054 8618880021054 80021054 1054 liyong@chengjieling.com  物  流  logistics  湖  北   武  汉   由  老  客  户  介  绍 , 关  系  不  错 。 去  年  扩  建  了  新  厂  房 , 设  备  需  求  增  加 。  洪  山  区  人  民  路 213 号  cn china  中  国 ','chengjielinggongyinglian cjlgylglgfyxgs jielinggongyinglianguanl jlgylglgfyxgs linggongyinglianguanligu lgylglgfyxgs gongyinglianguanligufeny gylglgfyxgs yinglianguanligufenyouxi ylglgfyxgs lianguanligufenyouxiango lglgfyxgs guanligufenyouxiangongsi glgfyxgs ligufenyouxiangongsi lgfyxgs gufenyouxiangongsi gfyxgs fenyouxiangongsi fyxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si liyong ly yong');
INSERT INTO customer_fts_content VALUES(8,'c00008  何  凤  兰   何  凤  兰  (+86)18747607395 8618747607395 47607395 7395 fhe453@163.com  教  育  education  上  海   上  海   喜  欢  先  看  样  品  再  决  定 。  浦  东  新  区  长  江  路 793 号  cn china  中  国 ','hefenglan hfl fenglan fl lan');
INSERT INTO customer_fts_content VALUES(9,'c00009  广  州  华  创  科  技  有  限  公  司   陈  志  明   采  购  经  理  020-8888 6666 02088886666 862088886666 88886666 6666 chen.zhiming@huachuang.com.cn  制  造  manufacturing  广  东   广  州   繁  体  字  客  户 , 香  港  展  会  认  识   广  州  市  天  河  区  珠  江  新  城  华  夏  路 10 号 ','guangzhouhuachuangkejiyo gzhckjyxgs zhouhuachuangkejiyouxian zhckjyxgs huachuangkejiyouxiangong hckjyxgs chuangkejiyouxiangongsi ckjyxgs kejiyouxiangongsi kjyxgs jiyouxiangongsi jyxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si chenzhiming czm zhiming zm ming');
INSERT INTO customer_fts_content VALUES(10,'c00010  深  圳  市  腾  飞  电  子  有  限  公  司   张  伟   采  购  经  理  138 0013 8000 13800138000 8613800138000 00138000 8000 zhangwei@tengfei.cn  软  件  it & software  广  东   深  圳   年  底  有  设  备  升  级  预  算   深  圳  市  南  山  区  科  技  园  路 1 号 ','shenzhenshitengfeidianzi szstfdzyxgs zhenshitengfeidianziyoux zstfdzyxgs shitengfeidianziyouxiang stfdzyxgs tengfeidianziyouxiangong tfdzyxgs feidianziyouxiangongsi fdzyxgs dianziyouxiangongsi dzyxgs ziyouxiangongsi zyxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si zhangwei zw wei');
INSERT INTO customer_fts_content VALUES(11,'c00011  深  圳  市  腾  飞  科  技  有  限  公  司   刘  洋  0755-2666 8888 075526668888 8675526668888 26668888 8888  深  圳 ','shenzhenshitengfeikejiyo szstfkjyxgs zhenshitengfeikejiyouxia zstfkjyxgs shitengfeikejiyouxiangon stfkjyxgs tengfeikejiyouxiangongsi tfkjyxgs feikejiyouxiangongsi fkjyxgs kejiyouxiangongsi kjyxgs jiyouxiangongsi jyxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si liuyang ly yang');
INSERT INTO customer_fts_content VALUES(12,'c00012 northwind traders ltd margaret peacock purchasing manager +44 20 7946 0958 442079460958 79460958 0958 m.peacock@northwind.co.uk  零  售  retail london 12 baker street, london w1u 3bw, uk','');
INSERT INTO customer_fts_content VALUES(13,'c00013  李  娜  139 1234 5678 13912345678 8613912345678 12345678 5678  上  海 ','lina ln na');
INSERT INTO customer_fts_content VALUES(14,'c00014 northwind traders limited maggie peacock +44 20 7946 0958 442079460958 79460958 0958 m.peacock@northwind.co.uk london','');
INSERT INTO customer_fts_content VALUES(15,'c00015  台  湾  联  华  电  子  股  份  有  限  公  司   陈  美  玲   业  务  经  理  +886 2 2345 6789 886223456789 23456789 6789  制  造  manufacturing  台  北   台  北  市  信  义  区  松  仁  路 100 号 ','taiwanlianhuadianzigufen twlhdzgfyxgs wanlianhuadianzigufenyou wlhdzgfyxgs lianhuadianzigufenyouxia lhdzgfyxgs huadianzigufenyouxiangon hdzgfyxgs dianzigufenyouxiangongsi dzgfyxgs zigufenyouxiangongsi zgfyxgs gufenyouxiangongsi gfyxgs fenyouxiangongsi fyxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si chenmeiling cml meiling ml ling');
INSERT INTO customer_fts_content VALUES(16,'c00016  杭  州  绿  源  茶  业  有  限  公  司   王  芳   总  经  理  0571-8765 4321 057187654321 8657187654321 87654321 4321  食  品  food  杭  州   浙  江  省  杭  州  市  西  湖  区  龙  井  路 8 号 ','hangzhoulvyuanchayeyouxi hzlycyyxgs zhoulvyuanchayeyouxiango zlycyyxgs lvyuanchayeyouxiangongsi lycyyxgs yuanchayeyouxiangongsi ycyyxgs chayeyouxiangongsi cyyxgs yeyouxiangongsi yyxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si wangfang wf fang');
INSERT INTO customer_fts_content VALUES(17,'c00017 bergmann gmbh jürgen gross einkaufsleiter +49 89 1234567 49891234567 91234567 4567 münchen hauptstrasse 5 80331 de germany  德  国 ','');
CREATE TABLE IF NOT EXISTS 'customer_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO customer_fts_docsize VALUES(1,X'311c');
INSERT INTO customer_fts_docsize VALUES(2,X'2800');
INSERT INTO customer_fts_docsize VALUES(3,X'321e');
INSERT INTO customer_fts_docsize VALUES(4,X'3816');
INSERT INTO customer_fts_docsize VALUES(5,X'371a');
INSERT INTO customer_fts_docsize VALUES(6,X'2b00');
INSERT INTO customer_fts_docsize VALUES(7,X'4a1e');
INSERT INTO customer_fts_docsize VALUES(8,X'2c05');
INSERT INTO customer_fts_docsize VALUES(9,X'3f18');
INSERT INTO customer_fts_docsize VALUES(10,X'3918');
INSERT INTO customer_fts_docsize VALUES(11,X'1718');
INSERT INTO customer_fts_docsize VALUES(12,X'1f00');
INSERT INTO customer_fts_docsize VALUES(13,X'0c03');
INSERT INTO customer_fts_docsize VALUES(14,X'1300');
INSERT INTO customer_fts_docsize VALUES(15,X'2b1c');
INSERT INTO customer_fts_docsize VALUES(16,X'2a16');
INSERT INTO customer_fts_docsize VALUES(17,X'1400');
CREATE TABLE IF NOT EXISTS 'customer_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO customer_fts_config VALUES('version',4);
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','tag_fts','tag_fts',0,'CREATE VIRTUAL TABLE tag_fts USING fts5(
    doc, pinyin, tokenize = ''unicode61 remove_diacritics 2''
)');
CREATE TABLE IF NOT EXISTS 'tag_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO tag_fts_data VALUES(1,X'347c00');
INSERT INTO tag_fts_data VALUES(10,X'000000000107070007010101020101030101040101050101060101070101');
INSERT INTO tag_fts_data VALUES(137438953473,X'0000034b0530323032352a020401020401076163636f756e742702030106627564676574230202010a636f6d70657469746f72220202030a6e737472756374696f6e13020202057573746f6d1c0202010864656c69766572791d02030109656475636174696f6e0e020202056e657267791202020104666173741d02020206696e616e63651002020703696e671a020302036f6f6414020202057265657a65230203010a6865616c7468636172650d02020203696768280202010269740702020a020201036b657927020201046c61746521020202086f676973746963730f0202010d6d616e75666163747572696e670b020201056e656564731a0202030877736c65747465722f02020105706179657221020302086f74656e7469616c2802030204726963651b0202010672657461696c0c0202010973656e7369746976651b02030203686f772b02030204706563731c0203010574726164652b0202030369616c2202030106757073656c6c29020201037669702c02020103e4b89a0102040202baa41702020f02030301ba2002040202bb981e02020301b60702040301b71602020202bc9a2a02030103e585b3200202020288b601020218020302028a9b25020402028cbb03020202028d8715020402028f892602040301af260202020293810a02031502030f0205020294ae02020324020602029ca81f02040202a4871502030202ae9a1902020301a22d02030202b1952a02020202bbba0902020103e6849f160205010205020285a21e0204020288b72d02040202958f160204010204030199040202020298a52e020202029c9f1702030102050202a0bc1602030202acbe1e02030202b1821902050202b5810502030202ba900802030202bd9c2502030103e782b9240203020289a9050202020296970302030202a4bc2e02040202a6bb2002050202ab9e1f02020202ad910902030202baa71502050103e880812d02020202818c200206020282b2040203020283bd08020202028a822e020302029e8d0602030202a6811802030202aebe1502020202b0881f02050202b4a61802040202bdaf0702030103e980a00102030202878d240202030191060202020294802602050301ae20020302029bb602020202029c801802020102040202a39f0a02020202ab98250202040c0c0b0f0f0a0d0e0a090b08080a0f080a08090d120a0d0a0d090b0e08090a080b08080a0607060607080a07070707060d0a0707070607070b07070a06070a070707070707080707070707070708070707070707070707070807060706070a07');
INSERT INTO tag_fts_data VALUES(274877906945,X'000000240430e5aea23002040103e688b73002050103e782b93002030103e9878d30020204080808');
INSERT INTO tag_fts_data VALUES(412316860417,X'000000220430e59cb33102030202aea23102040103e688b73102050202b7b131020204080708');
INSERT INTO tag_fts_data VALUES(549755813889,X'0000000b0330756b32020204');
INSERT INTO tag_fts_data VALUES(687194767361,X'000000130430e4b8aa3302020202baba3302030408');
INSERT INTO tag_fts_data VALUES(824633720833,X'000000230430e4bc9a3402030103e5b1953402020103e7b4a23402050202babf34020404080808');
INSERT INTO tag_fts_data VALUES(962072674305,X'000000300430e4baa43402030202bc9a3403040103e5b19534010202b9bf3402020103e7b4a23403060202babf340305040807070708');
CREATE TABLE IF NOT EXISTS 'tag_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO tag_fts_idx VALUES(1,X'',2);
INSERT INTO tag_fts_idx VALUES(2,X'',2);
INSERT INTO tag_fts_idx VALUES(3,X'',2);
INSERT INTO tag_fts_idx VALUES(4,X'',2);
INSERT INTO tag_fts_idx VALUES(5,X'',2);
INSERT INTO tag_fts_idx VALUES(6,X'',2);
INSERT INTO tag_fts_idx VALUES(7,X'',2);
CREATE TABLE IF NOT EXISTS 'tag_fts_content'(id INTEGER PRIMARY KEY, c0, c1);
INSERT INTO tag_fts_content VALUES(1,' 制  造  业 ','');
INSERT INTO tag_fts_content VALUES(2,' 零  售 ','');
INSERT INTO tag_fts_content VALUES(3,' 医  疗 ','');
INSERT INTO tag_fts_content VALUES(4,' 教  育 ','');
INSERT INTO tag_fts_content VALUES(5,' 物  流 ','');
INSERT INTO tag_fts_content VALUES(6,' 金  融 ','');
INSERT INTO tag_fts_content VALUES(7,'it 软  件 ','');
INSERT INTO tag_fts_content VALUES(8,' 能  源 ','');
INSERT INTO tag_fts_content VALUES(9,' 建  筑 ','');
INSERT INTO tag_fts_content VALUES(10,' 食  品 ','');
INSERT INTO tag_fts_content VALUES(11,'manufacturing','');
INSERT INTO tag_fts_content VALUES(12,'retail','');
INSERT INTO tag_fts_content VALUES(13,'healthcare','');
INSERT INTO tag_fts_content VALUES(14,'education','');
INSERT INTO tag_fts_content VALUES(15,'logistics','');
INSERT INTO tag_fts_content VALUES(16,'finance','');
INSERT INTO tag_fts_content VALUES(17,'it','');
INSERT INTO tag_fts_content VALUES(18,'energy','');
INSERT INTO tag_fts_content VALUES(19,'construction','');
INSERT INTO tag_fts_content VALUES(20,'food','');
INSERT INTO tag_fts_content VALUES(21,' 设  备  升  级 ','');
INSERT INTO tag_fts_content VALUES(22,' 价  格  敏  感 ','');
INSERT INTO tag_fts_content VALUES(23,' 交  期  敏  感 ','');
INSERT INTO tag_fts_content VALUES(24,' 需  要  账  期 ','');
INSERT INTO tag_fts_content VALUES(25,' 定  制  需  求 ','');
INSERT INTO tag_fts_content VALUES(26,'needs financing','');
INSERT INTO tag_fts_content VALUES(27,'price sensitive','');
INSERT INTO tag_fts_content VALUES(28,'custom specs','');
INSERT INTO tag_fts_content VALUES(29,'fast delivery','');
INSERT INTO tag_fts_content VALUES(30,' 付  款  慢 ','');
INSERT INTO tag_fts_content VALUES(31,' 竞  品  在  谈 ','');
INSERT INTO tag_fts_content VALUES(32,' 关  键  人  离  职 ','');
INSERT INTO tag_fts_content VALUES(33,'late payer','');
INSERT INTO tag_fts_content VALUES(34,'competitor trial','');
INSERT INTO tag_fts_content VALUES(35,'budget freeze','');
INSERT INTO tag_fts_content VALUES(36,' 重  点 ','');
INSERT INTO tag_fts_content VALUES(37,' 高  潜  力 ','');
INSERT INTO tag_fts_content VALUES(38,' 可  交  叉  销  售 ','');
INSERT INTO tag_fts_content VALUES(39,'key account','');
INSERT INTO tag_fts_content VALUES(40,'high potential','');
INSERT INTO tag_fts_content VALUES(41,'upsell','');
INSERT INTO tag_fts_content VALUES(42,' 展  会 2025','');
INSERT INTO tag_fts_content VALUES(43,'trade show 2025','');
INSERT INTO tag_fts_content VALUES(44,'vip','');
INSERT INTO tag_fts_content VALUES(45,' 老  客  户 ','');
INSERT INTO tag_fts_content VALUES(46,' 春  节  礼  品 ','');
INSERT INTO tag_fts_content VALUES(47,'newsletter','');
INSERT INTO tag_fts_content VALUES(48,' 重  点  客  户 ','');
INSERT INTO tag_fts_content VALUES(49,' 深  圳  客  户 ','');
INSERT INTO tag_fts_content VALUES(50,'uk','');
INSERT INTO tag_fts_content VALUES(51,' 个  人 ','');
INSERT INTO tag_fts_content VALUES(52,' 广  交  会  线  索 ','');
CREATE TABLE IF NOT EXISTS 'tag_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO tag_fts_docsize VALUES(1,X'0300');
INSERT INTO tag_fts_docsize VALUES(2,X'0200');
INSERT INTO tag_fts_docsize VALUES(3,X'0200');
INSERT INTO tag_fts_docsize VALUES(4,X'0200');
INSERT INTO tag_fts_docsize VALUES(5,X'0200');
INSERT INTO tag_fts_docsize VALUES(6,X'0200');
INSERT INTO tag_fts_docsize VALUES(7,X'0300');
INSERT INTO tag_fts_docsize VALUES(8,X'0200');
INSERT INTO tag_fts_docsize VALUES(9,X'0200');
INSERT INTO tag_fts_docsize VALUES(10,X'0200');
INSERT INTO tag_fts_docsize VALUES(11,X'0100');
INSERT INTO tag_fts_docsize VALUES(12,X'0100');
INSERT INTO tag_fts_docsize VALUES(13,X'0100');
INSERT INTO tag_fts_docsize VALUES(14,X'0100');
INSERT INTO tag_fts_docsize VALUES(15,X'0100');
INSERT INTO tag_fts_docsize VALUES(16,X'0100');
INSERT INTO tag_fts_docsize VALUES(17,X'0100');
INSERT INTO tag_fts_docsize VALUES(18,X'0100');
INSERT INTO tag_fts_docsize VALUES(19,X'0100');
INSERT INTO tag_fts_docsize VALUES(20,X'0100');
INSERT INTO tag_fts_docsize VALUES(21,X'0400');
INSERT INTO tag_fts_docsize VALUES(22,X'0400');
INSERT INTO tag_fts_docsize VALUES(23,X'0400');
INSERT INTO tag_fts_docsize VALUES(24,X'0400');
INSERT INTO tag_fts_docsize VALUES(25,X'0400');
INSERT INTO tag_fts_docsize VALUES(26,X'0200');
INSERT INTO tag_fts_docsize VALUES(27,X'0200');
INSERT INTO tag_fts_docsize VALUES(28,X'0200');
INSERT INTO tag_fts_docsize VALUES(29,X'0200');
INSERT INTO tag_fts_docsize VALUES(30,X'0300');
INSERT INTO tag_fts_docsize VALUES(31,X'0400');
INSERT INTO tag_fts_docsize VALUES(32,X'0500');
INSERT INTO tag_fts_docsize VALUES(33,X'0200');
INSERT INTO tag_fts_docsize VALUES(34,X'0200');
INSERT INTO tag_fts_docsize VALUES(35,X'0200');
INSERT INTO tag_fts_docsize VALUES(36,X'0200');
INSERT INTO tag_fts_docsize VALUES(37,X'0300');
INSERT INTO tag_fts_docsize VALUES(38,X'0500');
INSERT INTO tag_fts_docsize VALUES(39,X'0200');
INSERT INTO tag_fts_docsize VALUES(40,X'0200');
INSERT INTO tag_fts_docsize VALUES(41,X'0100');
INSERT INTO tag_fts_docsize VALUES(42,X'0300');
INSERT INTO tag_fts_docsize VALUES(43,X'0300');
INSERT INTO tag_fts_docsize VALUES(44,X'0100');
INSERT INTO tag_fts_docsize VALUES(45,X'0300');
INSERT INTO tag_fts_docsize VALUES(46,X'0400');
INSERT INTO tag_fts_docsize VALUES(47,X'0100');
INSERT INTO tag_fts_docsize VALUES(48,X'0400');
INSERT INTO tag_fts_docsize VALUES(49,X'0400');
INSERT INTO tag_fts_docsize VALUES(50,X'0100');
INSERT INTO tag_fts_docsize VALUES(51,X'0200');
INSERT INTO tag_fts_docsize VALUES(52,X'0500');
CREATE TABLE IF NOT EXISTS 'tag_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO tag_fts_config VALUES('version',4);
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('customers', 'interactions', 'orders')),
    source      TEXT NOT NULL,
    rows        INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    reverted_at TEXT
);
INSERT INTO imports VALUES(1,'customers','customers.csv',3,'2026-12-03T04:04:36+00:00',NULL);
INSERT INTO imports VALUES(2,'orders','orders.csv',2,'2026-12-03T04:04:36+00:00',NULL);
CREATE TABLE rates (
    currency   TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    valid_from TEXT NOT NULL DEFAULT '0001-01-01',
    rate       TEXT NOT NULL CHECK (CAST(rate AS REAL) > 0),
    PRIMARY KEY (currency, valid_from)
) WITHOUT ROWID;
INSERT INTO rates VALUES('EUR','0001-01-01','7.8');
INSERT INTO rates VALUES('GBP','0001-01-01','9.1');
INSERT INTO rates VALUES('USD','0001-01-01','7.1');
INSERT INTO rates VALUES('USD','2026-01-01','7.1');
CREATE INDEX customers_name ON customers(name);
CREATE INDEX customers_phone_e164 ON customers(phone_e164) WHERE phone_e164 IS NOT NULL;
CREATE INDEX customers_email ON customers(email) WHERE email IS NOT NULL;
CREATE INDEX customers_updated ON customers(updated_at);
CREATE INDEX customers_merged_into ON customers(merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX interactions_customer_time ON interactions(customer_id, occurred_at DESC);
CREATE INDEX interactions_open_due ON interactions(next_action_due)
    WHERE done = 0 AND next_action_due IS NOT NULL;
CREATE INDEX orders_customer_time ON orders(customer_id, ordered_at, amount_minor);
CREATE UNIQUE INDEX tags_category_name ON tags(category, name COLLATE NOCASE);
CREATE INDEX customer_tags_tag ON customer_tags(tag_id, customer_id);
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
    DELETE FROM customer_fts WHERE rowid = OLD.id;
END;
CREATE INDEX customers_active_name ON customers(name, id)
    WHERE deleted_at IS NULL AND merged_into IS NULL;
CREATE INDEX interactions_scoring_time ON interactions(occurred_at, customer_id, sentiment)
    WHERE deleted_at IS NULL;
CREATE INDEX interactions_scoring_customer ON interactions(customer_id, occurred_at)
    WHERE deleted_at IS NULL;
CREATE INDEX interactions_open_scoring ON interactions(next_action_due, customer_id, occurred_at)
    WHERE done = 0 AND next_action_due IS NOT NULL AND deleted_at IS NULL;
CREATE TRIGGER tags_fts_insert AFTER INSERT ON tags BEGIN
    INSERT INTO tag_fts(rowid, doc, pinyin)
    VALUES (NEW.id, custui_doc(NULL, NEW.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
            '');
END;
CREATE TRIGGER tags_fts_update AFTER UPDATE OF name ON tags BEGIN
    DELETE FROM tag_fts WHERE rowid = OLD.id;
    INSERT INTO tag_fts(rowid, doc, pinyin)
    VALUES (NEW.id, custui_doc(NULL, NEW.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
            '');
END;
CREATE TRIGGER tags_fts_delete AFTER DELETE ON tags BEGIN
    DELETE FROM tag_fts WHERE rowid = OLD.id;
END;
CREATE INDEX customers_import ON customers(import_id) WHERE import_id IS NOT NULL;
CREATE INDEX interactions_import ON interactions(import_id) WHERE import_id IS NOT NULL;
CREATE INDEX orders_import ON orders(import_id) WHERE import_id IS NOT NULL;
CREATE INDEX orders_scoring ON orders(customer_id, ordered_at, amount_base_minor, margin_base_minor)
    WHERE deleted_at IS NULL;
CREATE INDEX orders_unconverted ON orders(currency) WHERE amount_base_minor IS NULL AND deleted_at IS NULL;
CREATE TRIGGER orders_base_insert AFTER INSERT ON orders BEGIN
    UPDATE orders SET (amount_base_minor, margin_base_minor) = (SELECT CASE WHEN orders.amount_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.amount_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.amount_minor) * (f / 1000000000) + (abs(orders.amount_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.amount_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END, CASE WHEN orders.margin_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.margin_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.margin_minor) * (f / 1000000000) + (abs(orders.margin_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.margin_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END FROM (SELECT CASE WHEN orders.currency = (SELECT json_extract(value, '$') FROM settings WHERE key = 'currency') THEN 1000000000 ELSE (
        SELECT CAST(round(CAST(r.rate AS REAL) * 1000000000) AS INTEGER) FROM rates r
        WHERE r.currency = orders.currency AND r.valid_from <= substr(orders.ordered_at, 1, 10)
        ORDER BY r.valid_from DESC LIMIT 1) END AS f)) WHERE id = NEW.id;
END;
CREATE TRIGGER orders_base_update AFTER UPDATE OF ordered_at, amount_minor, margin_minor, currency ON orders BEGIN
    UPDATE orders SET (amount_base_minor, margin_base_minor) = (SELECT CASE WHEN orders.amount_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.amount_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.amount_minor) * (f / 1000000000) + (abs(orders.amount_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.amount_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END, CASE WHEN orders.margin_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.margin_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.margin_minor) * (f / 1000000000) + (abs(orders.margin_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.margin_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END FROM (SELECT CASE WHEN orders.currency = (SELECT json_extract(value, '$') FROM settings WHERE key = 'currency') THEN 1000000000 ELSE (
        SELECT CAST(round(CAST(r.rate AS REAL) * 1000000000) AS INTEGER) FROM rates r
        WHERE r.currency = orders.currency AND r.valid_from <= substr(orders.ordered_at, 1, 10)
        ORDER BY r.valid_from DESC LIMIT 1) END AS f)) WHERE id = NEW.id;
END;
CREATE TRIGGER rates_insert AFTER INSERT ON rates BEGIN
    UPDATE orders SET (amount_base_minor, margin_base_minor) = (SELECT CASE WHEN orders.amount_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.amount_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.amount_minor) * (f / 1000000000) + (abs(orders.amount_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.amount_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END, CASE WHEN orders.margin_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.margin_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.margin_minor) * (f / 1000000000) + (abs(orders.margin_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.margin_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END FROM (SELECT CASE WHEN orders.currency = (SELECT json_extract(value, '$') FROM settings WHERE key = 'currency') THEN 1000000000 ELSE (
        SELECT CAST(round(CAST(r.rate AS REAL) * 1000000000) AS INTEGER) FROM rates r
        WHERE r.currency = orders.currency AND r.valid_from <= substr(orders.ordered_at, 1, 10)
        ORDER BY r.valid_from DESC LIMIT 1) END AS f)) WHERE currency = NEW.currency;
END;
CREATE TRIGGER rates_update AFTER UPDATE ON rates BEGIN
    UPDATE orders SET (amount_base_minor, margin_base_minor) = (SELECT CASE WHEN orders.amount_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.amount_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.amount_minor) * (f / 1000000000) + (abs(orders.amount_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.amount_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END, CASE WHEN orders.margin_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.margin_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.margin_minor) * (f / 1000000000) + (abs(orders.margin_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.margin_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END FROM (SELECT CASE WHEN orders.currency = (SELECT json_extract(value, '$') FROM settings WHERE key = 'currency') THEN 1000000000 ELSE (
        SELECT CAST(round(CAST(r.rate AS REAL) * 1000000000) AS INTEGER) FROM rates r
        WHERE r.currency = orders.currency AND r.valid_from <= substr(orders.ordered_at, 1, 10)
        ORDER BY r.valid_from DESC LIMIT 1) END AS f)) WHERE currency IN (OLD.currency, NEW.currency);
END;
CREATE TRIGGER rates_delete AFTER DELETE ON rates BEGIN
    UPDATE orders SET (amount_base_minor, margin_base_minor) = (SELECT CASE WHEN orders.amount_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.amount_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.amount_minor) * (f / 1000000000) + (abs(orders.amount_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.amount_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END, CASE WHEN orders.margin_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.margin_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.margin_minor) * (f / 1000000000) + (abs(orders.margin_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.margin_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END FROM (SELECT CASE WHEN orders.currency = (SELECT json_extract(value, '$') FROM settings WHERE key = 'currency') THEN 1000000000 ELSE (
        SELECT CAST(round(CAST(r.rate AS REAL) * 1000000000) AS INTEGER) FROM rates r
        WHERE r.currency = orders.currency AND r.valid_from <= substr(orders.ordered_at, 1, 10)
        ORDER BY r.valid_from DESC LIMIT 1) END AS f)) WHERE currency = OLD.currency;
END;
CREATE TRIGGER settings_currency_insert AFTER INSERT ON settings WHEN NEW.key = 'currency' BEGIN
    UPDATE orders SET (amount_base_minor, margin_base_minor) = (SELECT CASE WHEN orders.amount_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.amount_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.amount_minor) * (f / 1000000000) + (abs(orders.amount_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.amount_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END, CASE WHEN orders.margin_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.margin_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.margin_minor) * (f / 1000000000) + (abs(orders.margin_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.margin_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END FROM (SELECT CASE WHEN orders.currency = (SELECT json_extract(value, '$') FROM settings WHERE key = 'currency') THEN 1000000000 ELSE (
        SELECT CAST(round(CAST(r.rate AS REAL) * 1000000000) AS INTEGER) FROM rates r
        WHERE r.currency = orders.currency AND r.valid_from <= substr(orders.ordered_at, 1, 10)
        ORDER BY r.valid_from DESC LIMIT 1) END AS f));
END;
CREATE TRIGGER settings_currency_update AFTER UPDATE ON settings
WHEN NEW.key = 'currency' AND NEW.value IS NOT OLD.value BEGIN
    UPDATE orders SET (amount_base_minor, margin_base_minor) = (SELECT CASE WHEN orders.amount_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.amount_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.amount_minor) * (f / 1000000000) + (abs(orders.amount_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.amount_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END, CASE WHEN orders.margin_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.margin_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.margin_minor) * (f / 1000000000) + (abs(orders.margin_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.margin_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END FROM (SELECT CASE WHEN orders.currency = (SELECT json_extract(value, '$') FROM settings WHERE key = 'currency') THEN 1000000000 ELSE (
        SELECT CAST(round(CAST(r.rate AS REAL) * 1000000000) AS INTEGER) FROM rates r
        WHERE r.currency = orders.currency AND r.valid_from <= substr(orders.ordered_at, 1, 10)
        ORDER BY r.valid_from DESC LIMIT 1) END AS f));
END;
CREATE TRIGGER settings_currency_delete AFTER DELETE ON settings WHEN OLD.key = 'currency' BEGIN
    UPDATE orders SET (amount_base_minor, margin_base_minor) = (SELECT CASE WHEN orders.amount_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.amount_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.amount_minor) * (f / 1000000000) + (abs(orders.amount_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.amount_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END, CASE WHEN orders.margin_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.margin_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.margin_minor) * (f / 1000000000) + (abs(orders.margin_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.margin_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END FROM (SELECT CASE WHEN orders.currency = (SELECT json_extract(value, '$') FROM settings WHERE key = 'currency') THEN 1000000000 ELSE (
        SELECT CAST(round(CAST(r.rate AS REAL) * 1000000000) AS INTEGER) FROM rates r
        WHERE r.currency = orders.currency AND r.valid_from <= substr(orders.ordered_at, 1, 10)
        ORDER BY r.valid_from DESC LIMIT 1) END AS f));
END;
CREATE VIEW customer_search_source AS
SELECT c.id AS id,
       custui_doc(c.code, c.name, c.contact_name, c.contact_title, c.phone, c.phone_e164,
                  c.email, c.industry, c.region, c.city, c.notes, NULL, c.street, c.postcode, c.country) AS doc,
       custui_pinyin(c.name, c.contact_name) AS pinyin
FROM customers c;
CREATE TRIGGER customers_fts_update AFTER UPDATE OF
    code, name, contact_name, contact_title, phone, phone_e164, email,
    industry, region, city, notes, street, postcode, country ON customers BEGIN
    DELETE FROM customer_fts WHERE rowid = OLD.id;
    INSERT INTO customer_fts(rowid, doc, pinyin)
    SELECT id, doc, pinyin FROM customer_search_source WHERE id = NEW.id;
END;
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_fts(rowid, doc, pinyin)
    SELECT id, doc, pinyin FROM customer_search_source WHERE id = NEW.id;
END;
PRAGMA writable_schema=OFF;
COMMIT;
